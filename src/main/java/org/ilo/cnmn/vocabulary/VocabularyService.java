package org.ilo.cnmn.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.caching.DataVersion;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.ListQuery;
import org.ilo.cnmn.platform.problem.FieldError;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

@ApplicationScoped
public class VocabularyService {

    /** The ids each vocabulary holds at a data version. */
    private record Known(long version, Set<String> countries, Set<String> funders, Set<String> themes) {
    }

    private final EntityManager em;
    private final KeysetPager pager;
    private final DataVersion dataVersion;
    private volatile Known known;

    public VocabularyService(EntityManager em, KeysetPager pager, DataVersion dataVersion) {
        this.em = em;
        this.pager = pager;
        this.dataVersion = dataVersion;
    }

    /** Answers 400 naming each filter parameter that refers to an entry no vocabulary has. */
    public void requireKnown(Set<String> countries, Set<String> funders, Set<String> themes) {
        if (countries.isEmpty() && funders.isEmpty() && themes.isEmpty()) {
            return;
        }
        Known k = known();
        List<FieldError> errors = new ArrayList<>();
        unknown("country", countries, k.countries(), "/api/v1/countries", errors);
        unknown("funder", funders, k.funders(), "/api/v1/funders", errors);
        unknown("theme", themes, k.themes(), "/api/v1/themes", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalidParameters(errors);
        }
    }

    private static void unknown(String name, Set<String> given, Set<String> valid, String list, List<FieldError> errors) {
        List<String> missing = given.stream().filter(v -> !valid.contains(v)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError(name, "has unknown value" + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", ")) + "; see " + list));
        }
    }

    private Known known() {
        Known k = known;
        long version = dataVersion.current().map(DataVersion.Snapshot::version).orElse(-1L);
        if (k == null || version < 0 || k.version() != version) {
            k = new Known(version,
                    Set.copyOf(em.createQuery("select c.code from Country c", String.class).getResultList()),
                    Set.copyOf(em.createQuery("select f.id from Funder f", String.class).getResultList()),
                    Set.copyOf(em.createQuery("select t.id from Theme t", String.class).getResultList()));
            known = k;
        }
        return k;
    }

    public Slice<CountryDto> countries(int limit, String cursor) {
        return pager.page(byName("country_view v", "v.code", limit, cursor), Country.class, c -> c.code, CountryDto::from);
    }

    public Slice<FunderDto> funders(int limit, String cursor) {
        return pager.page(byName("funder_view v", "v.id", limit, cursor), Funder.class, f -> f.id, FunderDto::from);
    }

    public Slice<ThemeDto> themes(int limit, String cursor) {
        return pager.page(byName("theme_view v", "v.id", limit, cursor), Theme.class, t -> t.id, ThemeDto::from);
    }

    public Optional<CountryDto> country(String code) {
        return Country.<Country> findByIdOptional(code).map(CountryDto::from);
    }

    public Optional<FunderDto> funder(String id) {
        return Funder.<Funder> findByIdOptional(id).map(FunderDto::from);
    }

    public Optional<ThemeDto> theme(String id) {
        return Theme.<Theme> findByIdOptional(id).map(ThemeDto::from);
    }

    /** A vocabulary in name order (ties on id). */
    private static ListQuery byName(String view, String idColumn, int limit, String cursor) {
        SortSpec sort = SortSpec.parse(null, "name", Map.of("name", new SortKey("name", "v.name", ValueType.TEXT)), idColumn);
        return new ListQuery(view, new SqlWhere(), sort, limit, cursor, view + ";name");
    }
}
