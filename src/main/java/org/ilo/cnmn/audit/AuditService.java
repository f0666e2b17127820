package org.ilo.cnmn.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.content.ContentWritten;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.CursorCodec;
import org.ilo.cnmn.platform.paging.Cursor;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SqlWhere;

/** The audit trail: every write recorded with its editor, in the write's own transaction. */
@ApplicationScoped
public class AuditService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final CursorCodec cursors;

    public AuditService(EntityManager em, ObjectMapper mapper, CursorCodec cursors) {
        this.em = em;
        this.mapper = mapper;
        this.cursors = cursors;
    }

    /** Records a write as it happens: a synchronous observer, so in the write's own transaction. */
    void record(@Observes ContentWritten write) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.editor = write.editor();
        entry.action = write.action().name().toLowerCase(Locale.ROOT);
        entry.resourceType = write.kind().type;
        entry.resourceId = write.id();
        entry.before = write.before() == null ? null : mapper.convertValue(write.before(), JSON_OBJECT);
        entry.after = write.after() == null ? null : mapper.convertValue(write.after(), JSON_OBJECT);
        em.persist(entry);
    }

    /** Newest first; {@code type}/{@code id} select one record's history, {@code editor} one editor's writes. */
    public Slice<AuditEntryDto> list(String type, String id, String editor, int limit, String cursorToken) {
        String scope = "audit;" + type + ";" + id + ";" + editor;
        SqlWhere where = new SqlWhere();
        if (type != null) {
            where.add("e.resourceType = " + where.param(type));
        }
        if (id != null) {
            where.add("e.resourceId = " + where.param(id));
        }
        if (editor != null) {
            where.add("e.editor = " + where.param(editor));
        }
        long total = where.bind(em.createQuery("select count(e) from AuditEntry e" + where.sql(), Long.class))
                .getSingleResult();
        SqlWhere page = where.copy();
        if (cursorToken != null) {
            try {
                page.add("e.id < " + page.param(Long.valueOf(cursors.decode(cursorToken, scope).id())));
            } catch (NumberFormatException e) {
                throw ApiException.invalidParameter("cursor", "is malformed");
            }
        }
        List<AuditEntry> rows = page.bind(em.createQuery("from AuditEntry e" + page.sql() + " order by e.id desc",
                AuditEntry.class)).setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = cursors.encode(new Cursor(List.of(), String.valueOf(rows.get(limit - 1).id)), scope);
        }
        return new Slice<>(rows.stream().map(AuditEntryDto::from).toList(), limit, total, next, null);
    }
}
