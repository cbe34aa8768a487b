package fr.predemande.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Une pré-demande remplie et validée comme le ferait un usager (formulaires des six sections, validation), pour les
 * tests qui commencent là où l'usager s'arrête : le recueil en mairie, l'API des éditeurs.
 */
public final class PreDemandesDeTest {

    /** Les réponses des six sections : CNI et passeport, renouvellement ; passeport 86 €, carte gratuite. */
    public static final Map<String, Map<String, String>> REPONSES = reponses();

    private PreDemandesDeTest() {}

    private static Map<String, Map<String, String>> reponses() {
        var reponses = new LinkedHashMap<String, Map<String, String>>();
        reponses.put(
                "motif",
                Map.of(
                        "titre",
                        "CNI_ET_PASSEPORT",
                        "motif",
                        "RENOUVELLEMENT",
                        "titreSecurise",
                        "true",
                        "ancienTitreType",
                        "PASSEPORT",
                        "ancienTitreNumero",
                        "15AB12345",
                        "ancienTitreDateDelivrance",
                        "14/07/2015",
                        "ancienTitreDateExpiration",
                        "13/07/2025",
                        "ancienTitreAutorite",
                        "Préfecture de la Loire",
                        "ancienTitrePresentable",
                        "true"));
        reponses.put(
                "etat-civil",
                Map.of(
                        "sexe",
                        "F",
                        "nomNaissance",
                        "Martin",
                        "prenoms",
                        "Élise, Marie",
                        "dateNaissance",
                        "03/02/1990",
                        "communeNaissance",
                        "Saint-Étienne (42000)",
                        "taille",
                        "168",
                        "couleurYeux",
                        "VERT"));
        reponses.put(
                "filiation",
                Map.of(
                        "parent1Nom",
                        "Martin",
                        "parent1Prenoms",
                        "Paul",
                        "parent1DateNaissance",
                        "01/01/1960",
                        "parent2Inconnu",
                        "true"));
        reponses.put("nationalite", Map.of("acquisition", "FILIATION"));
        reponses.put(
                "adresse",
                Map.of(
                        "typeAdresse",
                        "DOMICILE",
                        "ligne1",
                        "12 rue de la République",
                        "codePostal",
                        "42000",
                        "commune",
                        "Saint-Étienne (42000)"));
        reponses.put("contact", Map.of("courriel", "elise.martin@exemple.fr", "telephone", "06 12 34 56 78"));
        return reponses;
    }

    /** Une pré-demande validée pour cet usager connecté ; renvoie son numéro (10 caractères). */
    public static String validee(MockMvc mvc, Cookie session, String courriel, String telephone) throws Exception {
        String liste = mvc.perform(get("/demandes").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var identifiant =
                Pattern.compile("name=\"id\" value=\"([0-9a-f-]{36})\"").matcher(liste);
        if (!identifiant.find()) {
            throw new AssertionError("Pas de formulaire de nouvelle pré-demande");
        }
        UUID id = UUID.fromString(identifiant.group(1));
        mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()));
        for (var section : REPONSES.entrySet()) {
            var requete = post("/demandes/" + id + "/" + section.getKey())
                    .cookie(session)
                    .with(csrf());
            var champs = new LinkedHashMap<>(section.getValue());
            if (section.getKey().equals("contact")) {
                champs.put("courriel", courriel);
                champs.put("telephone", telephone);
            }
            champs.forEach(requete::param);
            mvc.perform(requete);
        }
        mvc.perform(post("/demandes/" + id + "/validation")
                .cookie(session)
                .with(csrf())
                .param("courriel", courriel));
        String page = mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var numero = Pattern.compile("id=\"numero\">([0-9A-Z ]{12})<").matcher(page);
        if (!numero.find()) {
            throw new AssertionError("Pré-demande non validée : " + page);
        }
        // l'usager télécharge son récapitulatif, qui se fait juste après la validation : la suite (la mairie) commence
        // quand il est là, comme en vrai, et non pendant qu'il s'enregistre
        for (int essai = 1;
                mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        != 200;
                essai++) {
            if (essai == 10) {
                throw new AssertionError("Récapitulatif toujours en préparation");
            }
        }
        return numero.group(1).replace(" ", "");
    }
}
