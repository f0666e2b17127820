package org.ilo.cnmn.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** JSON Merge Patch as RFC 7396 defines it (its appendix A examples) and the refusal of a non-object patch. */
class MergePatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static void assertMerge(String target, String patch, String result) throws Exception {
        assertEquals(json(result), MergePatches.merge(json(target), json(patch)), target + " + " + patch);
    }

    @Test
    void membersAreReplacedAddedAndRemovedByNull() throws Exception {
        assertMerge("{'a':'b'}", "{'a':'c'}", "{'a':'c'}");
        assertMerge("{'a':'b'}", "{'b':'c'}", "{'a':'b','b':'c'}");
        assertMerge("{'a':'b'}", "{'a':null}", "{}");
        assertMerge("{'a':'b','b':'c'}", "{'a':null}", "{'b':'c'}");
        assertMerge("{}", "{'a':{'bb':{'ccc':null}}}", "{'a':{'bb':{}}}");
    }

    @Test
    void arraysAndScalarsAreReplacedWhole() throws Exception {
        assertMerge("{'a':['b']}", "{'a':'c'}", "{'a':'c'}");
        assertMerge("{'a':'c'}", "{'a':['b']}", "{'a':['b']}");
        assertMerge("{'a':[{'b':'c'}]}", "{'a':[1]}", "{'a':[1]}");
        assertMerge("{'e':null}", "{'a':1}", "{'e':null,'a':1}");
    }

    @Test
    void objectsMergeMemberByMember() throws Exception {
        assertMerge("{'a':{'b':'c'}}", "{'a':{'b':'d','c':null}}", "{'a':{'b':'d'}}");
        assertMerge("[1,2]", "{'a':'b','c':null}", "{'a':'b'}");
        assertMerge("{'title':'T','translations':{'zh':{'title':'X'}}}", "{'translations':{'zh':{'title':null}}}",
                "{'title':'T','translations':{'zh':{}}}");
    }

    @Test
    void theTargetIsNotChanged() throws Exception {
        JsonNode target = json("{'a':{'b':'c'}}");
        MergePatches.merge(target, json("{'a':{'b':null}}"));
        assertEquals(json("{'a':{'b':'c'}}"), target);
    }

    @Test
    void aPatchThatIsNotAnObjectIsA400() throws Exception {
        MergePatches patches = new MergePatches(JSON, null);
        for (String patch : new String[] { "[]", "'x'", "1", "null" }) {
            JsonNode node = json(patch);
            ApiException e = assertThrows(ApiException.class, () -> patches.apply(Map.of("a", "b"), node, Map.class));
            assertEquals(ProblemType.INVALID_BODY, e.type(), patch);
        }
    }
}
