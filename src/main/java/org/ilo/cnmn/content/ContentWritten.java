package org.ilo.cnmn.content;

/** An edit, fired by {@link ContentWrites} in the edit's transaction; {@code before}/{@code after} are write models. */
public record ContentWritten(String editor, Action action, ContentKind kind, String id, Object before, Object after) {

    public enum Action {
        CREATE, UPDATE, DELETE
    }
}
