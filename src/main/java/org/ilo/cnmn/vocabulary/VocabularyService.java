package org.ilo.cnmn.vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.ilo.cnmn.common.ApiException;
import org.ilo.cnmn.common.Cursor;
import org.ilo.cnmn.common.CursorCodec;
import org.ilo.cnmn.common.FieldError;
import org.ilo.cnmn.common.Slice;
import org.ilo.cnmn.common.SortKey;
import org.ilo.cnmn.common.SortSpec;
import org.ilo.cnmn.common.SqlWhere;
import org.ilo.cnmn.common.ValueType;

@ApplicationScoped
public class VocabularyService {

    /** The ids each vocabulary holds; they change only with migrations, so one read serves the process. */
    private record Known(Set<String> countries, Set<String> funders, Set<String> themes) {
    }

    private final EntityManager em;
    private final CursorCodec cursors;
    private volatile Known known;

    public VocabularyService(EntityManager em, CursorCodec cursors) {
        this.em = em;
        this.cursors = cursors;
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
        if (k == null) {
            k = new Known(
                    Set.copyOf(em.createQuery("select c.code from Country c", String.class).getResultList()),
                    Set.copyOf(em.createQuery("select f.id from Funder f", String.class).getResultList()),
                    Set.copyOf(em.createQuery("select t.id from Theme t", String.class).getResultList()));
            known = k;
        }
        return k;
    }

    public Slice<CountryDto> countries(int limit, String cursor) {
        return page(Country.class, "Country", "e.code", c -> c.name, c -> c.code, limit, cursor, CountryDto::from);
    }

    public Slice<FunderDto> funders(int limit, String cursor) {
        return page(Funder.class, "Funder", "e.id", f -> f.name, f -> f.id, limit, cursor, FunderDto::from);
    }

    public Slice<ThemeDto> themes(int limit, String cursor) {
        return page(Theme.class, "Theme", "e.id", t -> t.name, t -> t.id, limit, cursor, ThemeDto::from);
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

    /** A page of a vocabulary in name order (ties on id). */
    private <E, D> Slice<D> page(Class<E> type, String entity, String idPath, Function<E, Object> name,
            Function<E, String> id, int limit, String token, Function<E, D> toDto) {
        SortSpec<E> sort = SortSpec.parse(null, "name",
                Map.of("name", new SortKey<>("name", "e.name", ValueType.TEXT, name)), idPath);
        String scope = entity + ";name";
        SqlWhere where = new SqlWhere();
        if (token != null) {
            Cursor cursor = cursors.decode(token, scope);
            sort.addKeyset(where, cursor);
        }
        long total = em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
        List<E> rows = where.bind(em.createQuery("from " + entity + " e" + where.sql() + " order by " + sort.orderBy(), type))
                .setMaxResults(limit + 1).getResultList();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            E last = rows.get(limit - 1);
            next = cursors.encode(sort.cursorAfter(last, id.apply(last)), scope);
        }
        return new Slice<>(rows.stream().map(toDto).toList(), limit, total, next);
    }
}
