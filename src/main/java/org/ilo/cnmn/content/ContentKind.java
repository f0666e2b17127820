package org.ilo.cnmn.content;

/** What the write pipeline writes: the name the audit trail and change feed use, and where it is stored. */
public enum ContentKind {
    PROJECT("project", "project", "project", true),
    PRESS_RELEASE("pressRelease", "press_release", "press release", true),
    OFFICE("office", "office", "office", false);

    /** As the audit trail and the change feed name it. */
    public final String type;
    final String table;
    /** As problems name it ("no project 'x'"); also the stem of a derived id. */
    public final String label;
    /** Partners replay projects and press releases from the change feed; the office profile is not in it. */
    final boolean fed;

    ContentKind(String type, String table, String label, boolean fed) {
        this.type = type;
        this.table = table;
        this.label = label;
        this.fed = fed;
    }
}
