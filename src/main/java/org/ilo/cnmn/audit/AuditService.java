package org.ilo.cnmn.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.Slice;

/** The audit trail: every write recorded with its editor, in the write's own transaction. */
@ApplicationScoped
public class AuditService {

    public enum Action {
        CREATE, UPDATE, DELETE
    }

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final KeysetPager pager;

    public AuditService(EntityManager em, ObjectMapper mapper, KeysetPager pager) {
        this.em = em;
        this.mapper = mapper;
        this.pager = pager;
    }

    /** Records a write; call it inside the write's transaction. {@code before}/{@code after} are write models. */
    public void record(String editor, Action action, String type, String id, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.editor = editor;
        entry.action = action.name().toLowerCase(Locale.ROOT);
        entry.resourceType = type;
        entry.resourceId = id;
        entry.before = before == null ? null : mapper.convertValue(before, JSON_OBJECT);
        entry.after = after == null ? null : mapper.convertValue(after, JSON_OBJECT);
        em.persist(entry);
    }

    /** Newest first; {@code type}/{@code id} select one record's history, {@code editor} one editor's writes. */
    public Slice<AuditEntryDto> list(String type, String id, String editor, int limit, String cursor) {
        return pager.page(AuditQueries.query(type, id, editor, limit), cursor, AuditQueries::entry);
    }
}
