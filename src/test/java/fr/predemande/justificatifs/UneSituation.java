package fr.predemande.justificatifs;

/**
 * Une situation de test qui part du cas le plus simple (carte d’identité, première demande, 30 ans, né dans une commune
 * reliée à COMEDEC, Français par filiation, à son domicile, sans nom d’usage, en métropole) : ce cas ne demande que
 * les pièces de toute demande, si bien qu’un test qui change une réponse voit exactement ce qu’elle ajoute.
 */
final class UneSituation {

    private TypeDeTitre titre = TypeDeTitre.CNI;
    private Motif motif = Motif.PREMIERE_DEMANDE;
    private int age = 30;
    private boolean titreSecurise;
    private LieuDeNaissance lieu = LieuDeNaissance.FRANCE_COMMUNE_COMEDEC;
    private AcquisitionNationalite acquisition = AcquisitionNationalite.FILIATION;
    private TypeAdresse adresse = TypeAdresse.DOMICILE;
    private MentionNomUsage mention;
    private boolean divorce;
    private ZoneTarifaire zone = ZoneTarifaire.METROPOLE_ET_DOM;

    private UneSituation() {}

    static UneSituation majeure() {
        return new UneSituation();
    }

    UneSituation titre(TypeDeTitre valeur) {
        titre = valeur;
        return this;
    }

    UneSituation motif(Motif valeur) {
        motif = valeur;
        return this;
    }

    UneSituation age(int valeur) {
        age = valeur;
        return this;
    }

    UneSituation avecTitreSecurise() {
        titreSecurise = true;
        return this;
    }

    UneSituation sansTitreSecurise() {
        titreSecurise = false;
        return this;
    }

    UneSituation neA(LieuDeNaissance valeur) {
        lieu = valeur;
        return this;
    }

    UneSituation francaisPar(AcquisitionNationalite valeur) {
        acquisition = valeur;
        return this;
    }

    UneSituation adresse(TypeAdresse valeur) {
        adresse = valeur;
        return this;
    }

    UneSituation nomDUsage(MentionNomUsage valeur) {
        mention = valeur;
        return this;
    }

    UneSituation divorceGardantLeNomDeLExConjoint() {
        divorce = true;
        return this;
    }

    UneSituation zone(ZoneTarifaire valeur) {
        zone = valeur;
        return this;
    }

    Situation construire() {
        return new Situation(titre, motif, age, titreSecurise, lieu, acquisition, adresse, mention, divorce, zone);
    }

    ListeDesJustificatifs liste() {
        return ReglesDesJustificatifs.pour(construire());
    }
}
