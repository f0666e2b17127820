package org.ilo.cnmn.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: one page of items and where the next page starts. */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the requested order.")
        List<T> items,
        @Schema(required = true, description = "Paging information.")
        PageInfo page) {
}
