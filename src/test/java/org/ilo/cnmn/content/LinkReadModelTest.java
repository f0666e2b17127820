package org.ilo.cnmn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The link tables behind project_view and press_release_view (V7) and the sort keys copied into the
 * link rows for the lists (V8) are maintained by triggers. After every kind of change, whoever makes
 * it, they must equal the links aggregated afresh from the link tables and the keys of the items.
 * Runs in one transaction that is rolled back, so other tests never see it.
 */
@QuarkusTest
class LinkReadModelTest {

    /** Each view's links computed directly, as V1 defined them; rows where the view differs. */
    private static final String PROJECT_DIFFERENCES = """
            SELECT count(*) FROM project p JOIN project_view v ON v.id = p.id WHERE
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name), '[]')
                 FROM project_country x JOIN country c ON c.code = x.country_code WHERE x.project_id = p.id) <> v.countries
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', f.id, 'name', f.name) ORDER BY f.name), '[]')
                 FROM project_funder x JOIN funder f ON f.id = x.funder_id WHERE x.project_id = p.id) <> v.funders
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
                 FROM project_theme x JOIN theme t ON t.id = x.theme_id WHERE x.project_id = p.id) <> v.themes
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) ORDER BY o.name), '[]')
                 FROM project_partner x JOIN partner o ON o.id = x.partner_id WHERE x.project_id = p.id) <> v.partners
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', r.id, 'title', r.title, 'publishedOn', r.published_on,
                   'translations', r.translations) ORDER BY r.published_on DESC, r.id), '[]')
                 FROM press_release_project x JOIN press_release r ON r.id = x.press_release_id
                 WHERE x.project_id = p.id) <> v.related_press_releases""";
    private static final String PRESS_RELEASE_DIFFERENCES = """
            SELECT count(*) FROM press_release r JOIN press_release_view v ON v.id = r.id WHERE
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('code', c.code, 'name', c.name) ORDER BY c.name), '[]')
                 FROM press_release_country x JOIN country c ON c.code = x.country_code WHERE x.press_release_id = r.id) <> v.countries
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name) ORDER BY t.name), '[]')
                 FROM press_release_theme x JOIN theme t ON t.id = x.theme_id WHERE x.press_release_id = r.id) <> v.themes
              OR (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', p.id, 'title', p.title, 'translations', p.translations)
                   ORDER BY p.start_date DESC, p.id), '[]')
                 FROM press_release_project x JOIN project p ON p.id = x.project_id
                 WHERE x.press_release_id = r.id) <> v.related_projects""";

    /** Link rows whose copied sort keys differ from their item's. */
    private static final String SORT_KEY_DIFFERENCES = """
            SELECT (SELECT count(*) FROM project p JOIN (SELECT project_id, start_date, end_date, title, last_updated
                      FROM project_country UNION ALL SELECT project_id, start_date, end_date, title, last_updated
                      FROM project_funder UNION ALL SELECT project_id, start_date, end_date, title, last_updated
                      FROM project_theme) x ON x.project_id = p.id
                     WHERE (x.start_date, x.end_date, x.title, x.last_updated)
                           IS DISTINCT FROM (p.start_date, p.end_date, p.title, p.last_updated))
                 + (SELECT count(*) FROM press_release r JOIN (SELECT press_release_id, published_on, title, last_updated
                      FROM press_release_country UNION ALL SELECT press_release_id, published_on, title, last_updated
                      FROM press_release_theme UNION ALL SELECT press_release_id, published_on, title, last_updated
                      FROM press_release_project) x ON x.press_release_id = r.id
                     WHERE (x.published_on, x.title, x.last_updated) IS DISTINCT FROM (r.published_on, r.title, r.last_updated))""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void linksFollowEveryKindOfChange() throws SQLException {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("a country added", "INSERT INTO project_country SELECT id, 'MN' FROM project"
                + " WHERE id NOT IN (SELECT project_id FROM project_country WHERE country_code = 'MN') ORDER BY id LIMIT 2");
        changes.put("themes removed", "DELETE FROM project_theme WHERE project_id = (SELECT min(project_id) FROM project_theme)");
        changes.put("a link changed in place", "UPDATE project_funder SET funder_id = 'ilo'"
                + " WHERE project_id = (SELECT min(project_id) FROM project_funder WHERE funder_id <> 'ilo')"
                + " AND project_id NOT IN (SELECT project_id FROM project_funder WHERE funder_id = 'ilo')");
        changes.put("press release title and date", "UPDATE press_release SET title = title || ' (updated)',"
                + " published_on = published_on - 1 WHERE id IN (SELECT press_release_id FROM press_release_project)");
        changes.put("project title, date and translations", "UPDATE project SET title = title || ' (renamed)',"
                + " start_date = start_date - 1, translations = '{\"zh\": {\"title\": \"新\"}}'"
                + " WHERE id IN (SELECT project_id FROM press_release_project)");
        changes.put("vocabulary names", "UPDATE country SET name = name || ' (renamed)'; UPDATE theme SET name = name || '.';"
                + " UPDATE funder SET name = name || '.'; UPDATE partner SET name = name || '.'");
        changes.put("press releases linked to more projects", "INSERT INTO press_release_project"
                + " SELECT r.id, p.id FROM press_release r CROSS JOIN project p ON CONFLICT DO NOTHING");
        changes.put("a press release deleted", "DELETE FROM press_release WHERE id = (SELECT min(id) FROM press_release)");
        changes.put("a project deleted", "DELETE FROM project WHERE id = (SELECT min(id) FROM project)");
        changes.put("a project without links", "INSERT INTO project (id, title, start_date, end_date, last_updated)"
                + " VALUES ('link-model-test', 'No links yet', '2027-01-01', '2027-12-31', now())");
        changes.put("links of a new project", "INSERT INTO project_country VALUES ('link-model-test', 'CN');"
                + " INSERT INTO project_funder VALUES ('link-model-test', 'ilo');"
                + " INSERT INTO project_theme SELECT 'link-model-test', id FROM theme");
        changes.put("a new press release with links", "INSERT INTO press_release (id, title, published_on, last_updated)"
                + " VALUES ('link-model-test', 'New', '2027-02-01', now());"
                + " INSERT INTO press_release_country VALUES ('link-model-test', 'MN');"
                + " INSERT INTO press_release_theme SELECT 'link-model-test', min(id) FROM theme;"
                + " INSERT INTO press_release_project VALUES ('link-model-test', 'link-model-test')");
        changes.put("project end dates and updates", "UPDATE project SET end_date = end_date + 1,"
                + " last_updated = last_updated + interval '1 hour'");
        changes.put("one project's title", "UPDATE project SET title = 'Linked' WHERE id = 'link-model-test'");
        changes.put("press release updates", "UPDATE press_release SET last_updated = last_updated - interval '1 day'");
        changes.put("links moved to another item", "UPDATE project_country SET project_id = 'link-model-test'"
                + " WHERE country_code = 'MN' AND project_id = (SELECT min(project_id) FROM project_country"
                + " WHERE country_code = 'MN');"
                + " UPDATE press_release_theme SET press_release_id = 'link-model-test' WHERE press_release_id"
                + " = (SELECT min(press_release_id) FROM press_release_theme) AND theme_id NOT IN"
                + " (SELECT theme_id FROM press_release_theme WHERE press_release_id = 'link-model-test')");
        changes.put("a project with links deleted", "DELETE FROM project WHERE id = 'link-model-test'");

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertEquals("0 0 0", differences(s), "after the migrations");
                for (Map.Entry<String, String> change : changes.entrySet()) {
                    s.execute(change.getValue());
                    assertEquals("0 0 0", differences(s), "after " + change.getKey());
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static String differences(Statement s) throws SQLException {
        return count(s, PROJECT_DIFFERENCES) + " " + count(s, PRESS_RELEASE_DIFFERENCES) + " "
                + count(s, SORT_KEY_DIFFERENCES);
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
