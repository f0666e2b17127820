-- Every trigger, as it is now; Flyway reruns this file whenever it changes, after the versioned
-- migrations and R__functions.sql. Each trigger is dropped and created again, so the file can rerun
-- on any database (CREATE OR REPLACE TRIGGER cannot replace a constraint trigger). Kept apart from
-- the functions because dropping a trigger locks its table: a function's new body locks nothing.

-- The data version moves at commit of any transaction that wrote content (see R__functions.sql).
DROP TRIGGER IF EXISTS data_change_marker_commit ON data_change_marker;
CREATE CONSTRAINT TRIGGER data_change_marker_commit AFTER INSERT ON data_change_marker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version();

DO $$
DECLARE
    t text;
    link text;
    kind text;
    event text;
BEGIN
    FOREACH t IN ARRAY ARRAY['country', 'funder', 'theme', 'partner',
                             'project', 'project_country', 'project_funder', 'project_theme', 'project_partner',
                             'press_release', 'press_release_country', 'press_release_theme', 'press_release_project',
                             'office', 'office_country', 'office_partner', 'change_log'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %1$I ON %2$I; CREATE TRIGGER %1$I AFTER INSERT OR UPDATE OR DELETE'
            || ' OR TRUNCATE ON %2$I FOR EACH STATEMENT EXECUTE FUNCTION mark_data_change()', t || '_data_version', t);
    END LOOP;

    -- The links tables follow every change of a link ("table:kind"; press_release_project names both).
    -- Transition tables allow one event per trigger: one trigger per event and table.
    FOREACH link IN ARRAY ARRAY['project_country:project', 'project_funder:project', 'project_theme:project',
            'project_partner:project', 'press_release_project:project', 'press_release_country:press_release',
            'press_release_theme:press_release', 'press_release_project:press_release'] LOOP
        t := split_part(link, ':', 1);
        kind := split_part(link, ':', 2);
        FOREACH event IN ARRAY ARRAY['ins:INSERT:NEW TABLE AS new_rows',
                'upd:UPDATE:OLD TABLE AS old_rows NEW TABLE AS new_rows', 'del:DELETE:OLD TABLE AS old_rows'] LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %1$I ON %2$I; CREATE TRIGGER %1$I AFTER %4$s ON %2$I REFERENCING %5$s'
                || ' FOR EACH STATEMENT EXECUTE FUNCTION link_rows_changed(%3$L)', t || '_' || kind || '_links_'
                || split_part(event, ':', 1), t, kind, split_part(event, ':', 2), split_part(event, ':', 3));
        END LOOP;
    END LOOP;

    -- Link rows take their item's sort keys (V8__list_read_model.sql) when they are written ("table:kind").
    FOREACH link IN ARRAY ARRAY['project_country:project', 'project_funder:project', 'project_theme:project',
            'press_release_country:press_release', 'press_release_theme:press_release',
            'press_release_project:press_release'] LOOP
        t := split_part(link, ':', 1);
        kind := split_part(link, ':', 2);
        EXECUTE format('DROP TRIGGER IF EXISTS %1$I ON %2$I; CREATE TRIGGER %1$I BEFORE INSERT OR UPDATE OF %3$I ON %2$I'
            || ' FOR EACH ROW EXECUTE FUNCTION %4$I()', t || '_sort_keys', t, kind || '_id', kind || '_link_sort_keys');
    END LOOP;

    -- Titles, dates, translations and vocabulary names are copied into the links of other items, and
    -- sort keys into an item's own link rows ("table:function").
    FOREACH link IN ARRAY ARRAY['country:vocabulary_rows_updated', 'funder:vocabulary_rows_updated',
            'theme:vocabulary_rows_updated', 'partner:vocabulary_rows_updated', 'project:project_rows_updated',
            'press_release:press_release_rows_updated'] LOOP
        t := split_part(link, ':', 1);
        EXECUTE format('DROP TRIGGER IF EXISTS %1$I ON %2$I; CREATE TRIGGER %1$I AFTER UPDATE ON %2$I'
            || ' REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %3$I()',
            t || '_links_upd', t, split_part(link, ':', 2));
    END LOOP;
END
$$;
