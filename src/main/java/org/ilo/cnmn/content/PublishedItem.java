package org.ilo.cnmn.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a stored project and press release both have, as editors change them. */
@MappedSuperclass
public abstract class PublishedItem extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, TranslationDto> translations = new HashMap<>();

    public Instant lastUpdated;

    @Version
    public long version;

    protected PublishedItem() {
    }

    protected PublishedItem(String id) {
        this.id = id;
    }
}
