package fr.predemande.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Le référentiel tel que les autres modules le voient, sur les données officielles chargées au démarrage. */
class ReferentielTest extends ApplicationEnTest {

    @Autowired
    Referentiel referentiel;

    @Test
    void parisEstTrouveParSonNomEtEnPremier() {
        List<Commune> trouvees = referentiel.rechercherCommunes("Paris", 30);

        assertThat(trouvees).isNotEmpty();
        assertThat(trouvees.get(0).codeInsee()).isEqualTo("75056");
        assertThat(trouvees.get(0).nom()).isEqualTo("Paris");
        assertThat(trouvees.get(0).codesPostaux()).contains("75001", "75011", "75116");
        assertThat(trouvees).extracting(Commune::nom).contains("Paris 11e Arrondissement");
    }

    @Test
    void laRechercheIgnoreAccentsCasseEtTirets() {
        assertThat(referentiel.rechercherCommunes("saint etienne", 5).get(0))
                .extracting(Commune::codeInsee, Commune::nom, Commune::codeDepartement)
                .containsExactly("42218", "Saint-Étienne", "42");
        assertThat(referentiel.rechercherCommunes("SAINT-ÉTIENNE", 5).get(0).codeInsee())
                .isEqualTo("42218");
        assertThat(referentiel.rechercherCommunes("st etienne", 5).get(0).codeInsee())
                .isEqualTo("42218");
        assertThat(referentiel.rechercherCommunes("l hay les", 5))
                .extracting(Commune::nom)
                .contains("L'Haÿ-les-Roses");
    }

    @Test
    void stSeulNEstPasUneAbreviationPendantLaFrappe() {
        assertThat(referentiel.rechercherCommunes("st", 5))
                .extracting(Commune::nom)
                .contains("Strasbourg");
    }

    @Test
    void unMotDuNomSuffitApresLesDebutsDeNom() {
        assertThat(referentiel.rechercherCommunes("etienne", 20))
                .extracting(Commune::codeInsee)
                .contains("42218");
    }

    @Test
    void leNombreDeResultatsEstBorne() {
        assertThat(referentiel.rechercherCommunes("saint", 7)).hasSize(7);
        assertThat(referentiel.rechercherCommunes("saint", 10_000)).hasSize(50);
        assertThat(referentiel.rechercherCommunes("saint", 0)).isEmpty();
        assertThat(referentiel.rechercherCommunes("   ", 10)).isEmpty();
        assertThat(referentiel.rechercherCommunes(null, 10)).isEmpty();
        assertThat(referentiel.rechercherCommunes("%", 10)).isEmpty();
    }

    @Test
    void unCodePostalTrouveSesCommunes() {
        assertThat(referentiel.rechercherCommunes("75011", 10))
                .extracting(Commune::codeInsee)
                .containsExactlyInAnyOrder("75056", "75111");
        assertThat(referentiel.communesDuCodePostal("75011"))
                .extracting(Commune::codeInsee)
                .containsExactly("75056", "75111");
        assertThat(referentiel.communesDuCodePostal("42000"))
                .extracting(Commune::codeInsee)
                .containsExactly("42218");
        assertThat(referentiel.rechercherCommunes("420", 50))
                .extracting(Commune::codeInsee)
                .contains("42218");
        assertThat(referentiel.communesDuCodePostal("99999")).isEmpty();
        assertThat(referentiel.communesDuCodePostal("abc")).isEmpty();
    }

    @Test
    void laCorseEtLOutreMerSontLa() {
        assertThat(referentiel.commune("2A004"))
                .get()
                .extracting(Commune::nom, Commune::codeDepartement)
                .containsExactly("Ajaccio", "2A");
        assertThat(referentiel.commune("2a004")).isPresent();
        assertThat(referentiel.commune("97411")).get().extracting(Commune::nom).isEqualTo("Saint-Denis");
        assertThat(referentiel.commune("97601"))
                .get()
                .extracting(Commune::codeDepartement)
                .isEqualTo("976");
        assertThat(referentiel.commune("98735")).get().extracting(Commune::nom).isEqualTo("Papeete");
        assertThat(referentiel.commune("13201"))
                .get()
                .extracting(Commune::nom)
                .isEqualTo("Marseille 1er Arrondissement");
        assertThat(referentiel.commune("69381")).isPresent();
        assertThat(referentiel.commune("00000")).isEmpty();
        assertThat(referentiel.commune("x' or 1=1 --")).isEmpty();
    }

    @Test
    void leCodePostalCorrespondOuNon() {
        assertThat(referentiel.codePostalCorrespond("42218", "42000")).isTrue();
        assertThat(referentiel.codePostalCorrespond("42218", "42100")).isTrue();
        assertThat(referentiel.codePostalCorrespond("42218", "75001")).isFalse();
        assertThat(referentiel.codePostalCorrespond("75111", "75011")).isTrue();
        assertThat(referentiel.codePostalCorrespond("42218", null)).isFalse();
    }

    @Test
    void lesCommunesNeSontPasRaccordeesACOMEDECParDefaut() {
        assertThat(referentiel.commune("42218"))
                .get()
                .extracting(Commune::comedec)
                .isEqualTo(false);
    }

    @Test
    void lesDepartementsSontDansLOrdreDesCodes() {
        List<Departement> departements = referentiel.departements();

        assertThat(departements)
                .extracting(Departement::code)
                .startsWith("01", "02")
                .containsSubsequence("19", "2A", "2B", "21")
                .containsSubsequence("95", "971", "972", "973", "974", "976")
                .contains("987", "988");
        assertThat(departements).hasSize(109);
        assertThat(departements)
                .filteredOn(d -> d.code().length() == 2
                        || d.code().compareTo("977") < 0 && !d.code().equals("975"))
                .hasSize(101);
        assertThat(referentiel.departement("2a")).contains(new Departement("2A", "Corse-du-Sud"));
        assertThat(referentiel.departement("974")).contains(new Departement("974", "La Réunion"));
        assertThat(referentiel.departement("20")).isEmpty();
    }

    @Test
    void lesPaysSeCherchentEnFrancaisSansAccents() {
        assertThat(referentiel.rechercherPays("allemagne", 5)).first().isEqualTo(new Pays("DE", "Allemagne"));
        assertThat(referentiel.rechercherPays("etats", 5))
                .extracting(Pays::codeIso)
                .contains("US");
        assertThat(referentiel.rechercherPays("royaume", 5))
                .extracting(Pays::codeIso)
                .contains("GB");
        assertThat(referentiel.pays("de")).contains(new Pays("DE", "Allemagne"));
        assertThat(referentiel.pays("FR")).isPresent();
        assertThat(referentiel.resoudrePays("Allemagne")).contains(new Pays("DE", "Allemagne"));
        assertThat(referentiel.resoudrePays("ALGERIE"))
                .get()
                .extracting(Pays::codeIso)
                .isEqualTo("DZ");
        assertThat(referentiel.resoudrePays("Atlantide")).isEmpty();
    }

    @Test
    void lesTerritoiresFrancaisNeSontPasDesPays() {
        assertThat(referentiel.pays("PF")).isEmpty();
        assertThat(referentiel.pays("GP")).isEmpty();
        assertThat(referentiel.rechercherPays("guadeloupe", 5)).isEmpty();
        List<Pays> tous = referentiel.tousLesPays();
        assertThat(tous).hasSizeGreaterThan(230).extracting(Pays::codeIso).doesNotContain("NC", "RE", "YT");
        assertThat(tous.get(0).nom()).isEqualTo("Afghanistan");
        // l'ordre ignore les accents : l'Égypte et l'Érythrée sont parmi les E, pas après le Zimbabwe
        assertThat(tous)
                .extracting(Pays::codeIso)
                .containsSubsequence("EG", "ER")
                .last()
                .isEqualTo("ZW");
    }

    @Test
    void unCodeInseeOuUnLibelleDAutocompletionDesigneUneCommune() {
        assertThat(referentiel.resoudreCommune("42218")).isEqualTo(trouvee("42218"));
        assertThat(referentiel.resoudreCommune(" 2a004 ")).isEqualTo(trouvee("2A004"));
        assertThat(referentiel.resoudreCommune("Saint-Étienne (42000)")).isEqualTo(trouvee("42218"));
        assertThat(referentiel.resoudreCommune("saint etienne (42100)")).isEqualTo(trouvee("42218"));
        assertThat(referentiel.resoudreCommune("Saint-Denis (93200)")).isEqualTo(trouvee("93066"));
        assertThat(referentiel.resoudreCommune("Saint-Denis (974)")).isEqualTo(trouvee("97411"));
        assertThat(referentiel.resoudreCommune("Paris (75011)")).isEqualTo(trouvee("75056"));
        assertThat(referentiel.resoudreCommune("Paris 11e Arrondissement (75011)"))
                .isEqualTo(trouvee("75111"));
        assertThat(referentiel.resoudreCommune(
                        referentiel.commune("2A004").orElseThrow().libelle()))
                .isEqualTo(trouvee("2A004"));
    }

    @Test
    void unNomUniqueEstTrouveEtDesHomonymesSontAPreciser() {
        assertThat(referentiel.resoudreCommune("paris")).isEqualTo(trouvee("75056"));
        assertThat(referentiel.resoudreCommune("Ajaccio")).isEqualTo(trouvee("2A004"));

        var resolution = referentiel.resoudreCommune("Saint-Denis");
        assertThat(resolution).isInstanceOf(ResolutionDeCommune.Ambigue.class);
        List<Commune> choix = ((ResolutionDeCommune.Ambigue) resolution).choix();
        assertThat(choix).extracting(Commune::codeInsee).contains("93066", "97411");
        assertThat(choix).extracting(Commune::nom).containsOnly("Saint-Denis");
        // le code ne départage pas : retour aux homonymes
        assertThat(referentiel.resoudreCommune("Saint-Denis (12345)")).isInstanceOf(ResolutionDeCommune.Ambigue.class);
    }

    @Test
    void unDebutDeNomEstProposeAConfirmerEtUnNomInconnuEstIntrouvable() {
        var resolution = referentiel.resoudreCommune("Saint-Étienne-du-Rouv");
        assertThat(resolution).isInstanceOf(ResolutionDeCommune.Ambigue.class);
        assertThat(((ResolutionDeCommune.Ambigue) resolution).choix())
                .extracting(Commune::codeInsee)
                .containsExactly("76575");

        assertThat(referentiel.resoudreCommune("Xyzzyville")).isInstanceOf(ResolutionDeCommune.Introuvable.class);
        assertThat(referentiel.resoudreCommune("")).isInstanceOf(ResolutionDeCommune.Introuvable.class);
        assertThat(referentiel.resoudreCommune(null)).isInstanceOf(ResolutionDeCommune.Introuvable.class);
        assertThat(referentiel.resoudreCommune("99999")).isInstanceOf(ResolutionDeCommune.Introuvable.class);
        assertThat(referentiel.resoudreCommune("x".repeat(500))).isInstanceOf(ResolutionDeCommune.Introuvable.class);
    }

    @Test
    void unCodePostalSeulEstResoluParSesCommunes() {
        assertThat(referentiel.resoudreCommune("42000")).isEqualTo(trouvee("42218"));
        assertThat(referentiel.resoudreCommune("75011")).isInstanceOf(ResolutionDeCommune.Ambigue.class);
    }

    @Test
    void leLibelleDonneLePremierCodePostalOuLeDepartement() {
        Commune saintEtienne = referentiel.commune("42218").orElseThrow();
        assertThat(saintEtienne.libelle()).isEqualTo("Saint-Étienne (42000)");
        assertThat(saintEtienne.libelle("42100")).isEqualTo("Saint-Étienne (42100)");
        assertThat(saintEtienne.libelle("75001")).isEqualTo("Saint-Étienne (42000)");
        assertThat(referentiel.commune("98412").orElseThrow().libelle()).isEqualTo("Archipel des Kerguelen (984)");
    }

    private ResolutionDeCommune trouvee(String codeInsee) {
        return new ResolutionDeCommune.Trouvee(referentiel.commune(codeInsee).orElseThrow());
    }
}
