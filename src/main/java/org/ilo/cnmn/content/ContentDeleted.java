package org.ilo.cnmn.content;

/**
 * An item is being deleted: fired in the deleting transaction, before its row goes, so that observers
 * ({@code @Observes}, same transaction) can drop what refers to it as an edit of their own.
 */
public record ContentDeleted(ContentKey item, String editor) {
}
