package org.ilo.cnmn.content;

/** One stored item: its kind and id. */
public record ContentKey(ContentKind kind, String id) {
}
