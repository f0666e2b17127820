package org.ilo.cnmn.platform.paging;

/** How many items a list holds: counted, or estimated where counting would read every match. */
public record Total(long items, boolean estimate) {

    public static Total exact(long items) {
        return new Total(items, false);
    }
}
