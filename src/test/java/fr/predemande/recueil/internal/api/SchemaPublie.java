package fr.predemande.recueil.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Vérifie qu'une réponse JSON suit un schéma du document OpenAPI publié : mêmes clés que les propriétés (ni plus, ni
 * moins), types (null seulement là où le schéma le permet), formats date et date-time, valeurs des listes fermées.
 * Juste ce dont nos schémas se servent ({@code $ref}, {@code anyOf}, {@code type}, {@code enum}, {@code format},
 * {@code items}, {@code properties}) : de quoi voir le document et les réponses diverger.
 */
final class SchemaPublie {

    private SchemaPublie() {}

    static void verifier(JsonNode document, String reference, JsonNode valeur, String chemin, List<String> ecarts) {
        verifierContre(document, schema(document, reference), valeur, chemin, ecarts);
    }

    private static JsonNode schema(JsonNode document, String reference) {
        return document.at(reference.substring(1));
    }

    private static void verifierContre(
            JsonNode document, JsonNode schema, JsonNode valeur, String chemin, List<String> ecarts) {
        if (schema.has("$ref")) {
            verifierContre(document, schema(document, schema.get("$ref").stringValue()), valeur, chemin, ecarts);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode choix : schema.get("anyOf")) {
                var essai = new ArrayList<String>();
                verifierContre(document, choix, valeur, chemin, essai);
                if (essai.isEmpty()) {
                    return;
                }
            }
            ecarts.add(chemin + " : aucun des choix de anyOf ne convient à " + valeur);
            return;
        }
        var types = new TreeSet<String>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.stringValue()));
        } else if (type != null) {
            types.add(type.stringValue());
        }
        if (valeur.isNull()) {
            if (!types.contains("null")) {
                ecarts.add(chemin + " : null, que le schéma ne permet pas");
            }
            return;
        }
        if (schema.has("enum")) {
            boolean connue = false;
            for (JsonNode permise : schema.get("enum")) {
                connue |= permise.equals(valeur);
            }
            if (!connue) {
                ecarts.add(chemin + " : " + valeur + " hors de " + schema.get("enum"));
            }
        }
        if (types.contains("object")) {
            if (!valeur.isObject()) {
                ecarts.add(chemin + " : objet attendu, " + valeur);
                return;
            }
            var attendues = new TreeSet<>(schema.get("properties").propertyNames());
            var recues = new TreeSet<>(valeur.propertyNames());
            if (!attendues.equals(recues)) {
                ecarts.add(chemin + " : clés " + recues + ", le schéma dit " + attendues);
            }
            for (String cle : recues) {
                if (attendues.contains(cle)) {
                    verifierContre(
                            document, schema.get("properties").get(cle), valeur.get(cle), chemin + "." + cle, ecarts);
                }
            }
        } else if (types.contains("array")) {
            if (!valeur.isArray()) {
                ecarts.add(chemin + " : liste attendue, " + valeur);
                return;
            }
            int i = 0;
            for (JsonNode element : valeur) {
                verifierContre(document, schema.get("items"), element, chemin + "[" + i++ + "]", ecarts);
            }
        } else if (types.contains("string")) {
            if (!valeur.isString()) {
                ecarts.add(chemin + " : texte attendu, " + valeur);
                return;
            }
            String format = schema.has("format") ? schema.get("format").stringValue() : "";
            try {
                if (format.equals("date")) {
                    LocalDate.parse(valeur.stringValue());
                } else if (format.equals("date-time")) {
                    Instant.parse(valeur.stringValue());
                }
            } catch (DateTimeParseException e) {
                ecarts.add(chemin + " : " + valeur + " n'est pas au format " + format);
            }
        } else if (types.contains("integer")) {
            if (!valeur.isIntegralNumber()) {
                ecarts.add(chemin + " : entier attendu, " + valeur);
            }
        } else if (types.contains("boolean")) {
            if (!valeur.isBoolean()) {
                ecarts.add(chemin + " : booléen attendu, " + valeur);
            }
        } else {
            ecarts.add(chemin + " : schéma sans type " + schema);
        }
    }
}
