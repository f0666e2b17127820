package org.ilo.cnmn.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.content.ContentWritten;
import org.ilo.cnmn.platform.paging.Slice;

/** The audit trail: every write recorded with its editor, in the write's own transaction. */
@ApplicationScoped
public class AuditService {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;
    @Inject KeysetPager pager;

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
    public Slice<AuditEntryDto> list(String type, String id, String editor, int limit, String cursor) {
        return pager.page(AuditQueries.query(type, id, editor, limit), cursor, AuditQueries::entry);
    }
}
