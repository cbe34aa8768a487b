package fr.predemande.recueil.internal.api;

import fr.predemande.habilitation.AccesALApi;
import fr.predemande.habilitation.ClientApiConnecte;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * L'ouverture de {@code /api/v1/pre-demandes/**} aux clients de portée « recueil », et le document OpenAPI de l'API
 * ({@code /api/v1/openapi.json}, public, voir {@code springdoc.*} dans application.yml) : ses opérations, ses schémas
 * versionnés, ses problèmes RFC 9457 et son schéma de sécurité (HTTP Basic avec l'identifiant et le secret du client).
 */
@Configuration(proxyBeanMethods = false)
class DocumentOpenApi {

    /** Le nom du schéma de sécurité dans le document. */
    static final String CLIENT_API = "clientApi";

    private static final String PROBLEME = "#/components/schemas/Probleme";

    /** Seuls les clients de portée « recueil » appellent ces chemins ; les autres reçoivent 403, les inconnus 401. */
    @Bean
    static AccesALApi accesDuRecueilALApi() {
        return AccesALApi.portee(ClientApiConnecte.PORTEE_RECUEIL, PreDemandesApiController.CHEMIN + "/**");
    }

    @Bean
    OpenAPI documentDeLApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("API Prédemande pour les logiciels de recueil")
                        .version("1")
                        .description("""
                                Pour les logiciels de recueil d'autres éditeurs, en mairie : retrouver une pré-demande \
                                validée par son numéro (celui du QR code du récapitulatif), puis la marquer utilisée \
                                quand elle devient un dossier. Chaque appel est authentifié (HTTP Basic : identifiant \
                                et secret du client, portée « recueil »), compté dans la limite de débit du client \
                                (429 avec Retry-After au-delà) et écrit au journal d'audit. Les erreurs sont des \
                                problèmes RFC 9457 (application/problem+json). Les schémas sont versionnés \
                                (PreDemandeV1, version 1) : un champ ne change ni de nom ni de sens dans une version."""))
                .servers(List.of(new Server().url("/").description("Ce service")))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        CLIENT_API,
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("basic")
                                                .description(
                                                        "Identifiant et secret du client de l'API (RFC 7617), fournis par le service.")))
                .addSecurityItem(new SecurityRequirement().addList(CLIENT_API));
    }

    /** Les problèmes communs à toutes les opérations : identifiants, portée, limite de débit, panne. */
    @Bean
    OpenApiCustomizer problemesCommuns() {
        return document -> document.getPaths()
                .values()
                .forEach(chemin -> chemin.readOperations().forEach(operation -> {
                    var reponses = operation.getResponses();
                    reponses.addApiResponse(
                            "401",
                            probleme("Identifiants absents ou faux (about:blank), avec l'en-tête "
                                    + "WWW-Authenticate."));
                    reponses.addApiResponse("403", probleme("Ce client n'a pas la portée « recueil » (about:blank)."));
                    reponses.addApiResponse(
                            "429",
                            probleme("Limite de débit du client atteinte (limite-de-debit, " + "attenteSecondes).")
                                    .addHeaderObject(
                                            "Retry-After",
                                            new Header()
                                                    .description("Secondes à attendre avant de réessayer.")
                                                    .schema(new IntegerSchema())));
                    reponses.addApiResponse("500", probleme("Erreur interne (about:blank), sans détail technique."));
                    reponses.addApiResponse(
                            "503",
                            probleme("Service momentanément indisponible (about:blank) : la base ou le "
                                            + "stockage ne répond pas ; réessayer plus tard.")
                                    .addHeaderObject(
                                            "Retry-After",
                                            new Header()
                                                    .description("Secondes à attendre avant de réessayer.")
                                                    .schema(new IntegerSchema())));
                }));
    }

    /**
     * Dans les schémas versionnés ({@code …V1}), chaque champ est toujours présent ; ceux qui ne sont pas déclarés
     * obligatoires ({@code requiredProperties}) peuvent valoir {@code null} : le document le dit (OpenAPI 3.1 : le type
     * {@code null} ajouté, une référence en {@code anyOf}), pour qu'un client qui valide les réponses les accepte.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    OpenApiCustomizer champsFacultatifsNullables() {
        return document -> document.getComponents().getSchemas().forEach((nom, schema) -> {
            if (!nom.endsWith("V1") || schema.getProperties() == null) {
                return;
            }
            List<String> obligatoires = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> champ : ((Map<String, Schema>) schema.getProperties()).entrySet()) {
                if (!obligatoires.contains(champ.getKey())) {
                    champ.setValue(nullable(champ.getValue()));
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema champ) {
        if (champ.get$ref() != null) {
            return new Schema<>()
                    .specVersion(SpecVersion.V31)
                    .description(champ.getDescription())
                    .anyOf(List.of(
                            new Schema<>().specVersion(SpecVersion.V31).$ref(champ.get$ref()),
                            new Schema<>().specVersion(SpecVersion.V31).types(new LinkedHashSet<>(List.of("null")))));
        }
        var types = new LinkedHashSet<String>(
                champ.getTypes() != null
                        ? champ.getTypes()
                        : champ.getType() != null ? List.of(champ.getType()) : List.of());
        types.add("null");
        champ.setTypes(types);
        if (champ.getEnum() != null) {
            var valeurs = new ArrayList<Object>(champ.getEnum());
            valeurs.add(null);
            champ.setEnum(valeurs);
        }
        return champ;
    }

    private static ApiResponse probleme(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref(PROBLEME))));
    }
}
