package org.ilo.cnmn.platform.problem;

/** A failure to read a body field that says itself why the value was refused; the 400 names the field with it. */
public interface FieldReason {

    String reason();
}
