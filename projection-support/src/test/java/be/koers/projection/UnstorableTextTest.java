package be.koers.projection;

import be.koers.planning.api.plan.MissionSet;
import be.koers.planning.api.shared.EventEnvelope;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnstorableTextTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void replacesNulAndLoneSurrogatesAndKeepsEveryOtherCharacter() {
        assertThat(UnstorableText.storable("Park\u0000aanleg")).isEqualTo("Park\uFFFDaanleg");
        assertThat(UnstorableText.storable("\u0000\u0000")).isEqualTo("\uFFFD\uFFFD");
        assertThat(UnstorableText.storable("high \uD83C alone")).isEqualTo("high \uFFFD alone");
        assertThat(UnstorableText.storable("low \uDF33 alone")).isEqualTo("low \uFFFD alone");
        assertThat(UnstorableText.storable("swapped \uDF33\uD83C")).isEqualTo("swapped \uFFFD\uFFFD");
        assertThat(UnstorableText.storable("at the end \uD83C")).isEqualTo("at the end \uFFFD");
        assertThat(UnstorableText.storable("a tree \uD83C\uDF33 and \u0000")).isEqualTo("a tree \uD83C\uDF33 and \uFFFD");
    }

    @Test
    void leavesStorableTextAsItIs() {
        String storable = "Bloemekespark \uD83C\uDF33 m² \t tab\nnewline\r bell \u0007 escape \u001B del \u007F";
        assertThat(UnstorableText.storable(storable)).isSameAs(storable);
        assertThat(UnstorableText.storable("")).isSameAs("");
    }

    @Test
    void replacesThemInEveryTextOfTheEnvelopeAndNamesTheirPaths() throws Exception {
        JsonNode envelope = JSON.readTree("""
                {"eventId": "e-1", "type": "GoalDefined", "actor": "plan\\u0000ner", "reason": "because \\ud800",
                 "correlationId": "c\\u0000", "sequenceNumber": 3,
                 "payload": {"title": "Groen\\u0000", "number": 4, "flag": true, "nothing": null,
                             "tags": {"policyFields": ["Groen", "Sp\\u0000ort"], "sdgs": [11, 15]}}}
                """);

        assertThat(UnstorableText.replaceIn(envelope)).containsExactly("$.actor", "$.reason", "$.correlationId",
                "$.payload.title", "$.payload.tags.policyFields[1]");

        assertThat(envelope.toString()).doesNotContain("\\u0000").doesNotContain("\uD800");
        assertThat(envelope.path("actor").asText()).isEqualTo("plan\uFFFDner");
        assertThat(envelope.path("reason").asText()).isEqualTo("because \uFFFD");
        assertThat(envelope.path("payload").path("title").asText()).isEqualTo("Groen\uFFFD");
        assertThat(envelope.path("payload").path("tags").path("policyFields").get(0).asText()).isEqualTo("Groen");
        assertThat(envelope.path("payload").path("tags").path("policyFields").get(1).asText()).isEqualTo("Sp\uFFFDort");
        assertThat(envelope.path("payload").path("tags").path("sdgs").toString()).isEqualTo("[11,15]");
        assertThat(envelope.path("payload").path("nothing").isNull()).isTrue();
        assertThat(envelope.path("eventId").asText()).isEqualTo("e-1");
    }

    @Test
    void aTreeWithoutThemIsUnchanged() throws Exception {
        String json = "{\"title\":\"Groen \uD83C\uDF33\",\"list\":[\"a\",1,{\"b\":\"c\\td\"}]}";
        JsonNode tree = JSON.readTree(json);

        assertThat(UnstorableText.replaceIn(tree)).isEmpty();
        assertThat(tree).isEqualTo(JSON.readTree(json));
    }

    @Test
    void theDecoderHandsOnTheEnvelopeRepairedWithThePathsItRepaired() {
        EnvelopeDecoder decoder = new EnvelopeDecoder(JSON);

        EnvelopeDecoder.Decoded decoded = decoder.envelope("""
                {"eventId": "e-1", "type": "MissionSet", "version": "1", "tenant": "koersbeke", "aggregateType": "Plan",
                 "aggregateId": "p-1", "sequenceNumber": 1, "timestamp": "2026-01-05T09:00:00Z", "actor": "planner",
                 "reason": "r\\u0000", "payload": {"tenant": "koersbeke", "planId": "p-1", "mission": "Een\\u0000stad"}}
                """);

        EventEnvelope envelope = decoded.envelope();
        assertThat(decoded.replacedTexts()).containsExactly("$.reason", "$.payload.mission");
        assertThat(envelope.reason()).isEqualTo("r\uFFFD");
        assertThat(envelope.payload().path("mission").asText()).isEqualTo("Een\uFFFDstad");
        assertThat(((MissionSet) decoder.event(envelope).orElseThrow()).mission()).isEqualTo("Een\uFFFDstad");
    }
}
