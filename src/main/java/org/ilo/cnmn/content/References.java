package org.ilo.cnmn.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.FieldError;

/** Whether what a write links to exists, asked of the tables themselves so that no feature asks another. */
@ApplicationScoped
public class References {

    /** What a written link refers to. */
    public enum Reference {
        COUNTRY("country", "code", "country code", "/api/v1/countries"),
        FUNDER("funder", "id", "funder", "/api/v1/funders"),
        THEME("theme", "id", "theme", "/api/v1/themes"),
        PARTNER("partner", "id", "partner organisation", null),
        PROJECT("project", "id", "project", "/api/v1/projects"),
        PRESS_RELEASE("press_release", "id", "press release", "/api/v1/press-releases");

        final String table;
        final String key;
        final String label;
        final String list;

        Reference(String table, String key, String label, String list) {
            this.table = table;
            this.key = key;
            this.label = label;
            this.list = list;
        }
    }

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;

    /** Those of {@code ids} that exist. */
    @SuppressWarnings("unchecked")
    public Set<String> existing(Reference to, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // One JSON parameter, not one per id: a body may list more ids than a statement may have parameters.
        return Set.copyOf(em.createNativeQuery("SELECT " + to.key + " FROM " + to.table + " WHERE " + to.key
                + " IN (SELECT jsonb_array_elements_text(CAST(:ids AS jsonb)))", String.class)
                .setParameter("ids", json(ids)).getResultList());
    }

    private String json(Collection<String> ids) {
        try {
            return mapper.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    Check check() {
        return new Check();
    }

    /** Collects the body fields that name nothing, in the order they are checked. */
    public final class Check {

        private final List<FieldError> unknown = new ArrayList<>();

        private Check() {
        }

        /** Each of {@code values}, the list field {@code field}. */
        public Check each(String field, List<String> values, Reference to) {
            Set<String> known = existing(to, values);
            for (int i = 0; i < values.size(); i++) {
                if (!known.contains(values.get(i))) {
                    add(field + "[" + i + "]", to);
                }
            }
            return this;
        }

        /** {@code value} (the field {@code field}) unless it is null. */
        public Check one(String field, String value, Reference to) {
            if (value != null && existing(to, List.of(value)).isEmpty()) {
                add(field, to);
            }
            return this;
        }

        private void add(String field, Reference to) {
            unknown.add(new FieldError(field, "is not a known " + to.label + (to.list == null ? "" : "; see " + to.list)));
        }

        void throwIfUnknown() {
            if (!unknown.isEmpty()) {
                throw ApiException.unknownReferences(unknown);
            }
        }
    }
}
