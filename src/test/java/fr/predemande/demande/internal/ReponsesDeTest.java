package fr.predemande.demande.internal;

import fr.predemande.demande.CouleurDesYeux;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.saisie.Sexe;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Des réponses complètes et cohérentes (celles de {@code PreDemandesHttpTest}), à modifier test par test. */
final class ReponsesDeTest {

    /** Le 1er décembre 2026 à 23 h 10, à Paris. */
    static final Clock HORLOGE = Clock.fixed(Instant.parse("2026-12-01T22:10:00Z"), ZoneId.of("Europe/Paris"));

    private ReponsesDeTest() {}

    static Reponses completes() {
        var r = new Reponses();
        var m = r.getMotif();
        m.setTitre(TypeDeTitre.CNI_ET_PASSEPORT);
        m.setMotif(Motif.RENOUVELLEMENT);
        m.setTitreSecurise(true);
        m.setAncienTitreType(TypeDeTitre.PASSEPORT);
        m.setAncienTitreNumero("15AB12345");
        m.setAncienTitreDateDelivrance("14/07/2015");
        m.setAncienTitreDateExpiration("13/07/2025");
        m.setAncienTitreAutorite("Préfecture de la Loire");
        m.setAncienTitrePresentable(true);
        var e = r.getEtatCivil();
        e.setSexe(Sexe.F);
        e.setNomNaissance("Martin");
        e.setPrenoms("Élise, Marie");
        e.setDateNaissance("03/02/1990");
        e.setCommuneNaissance("Saint-Étienne (42000)");
        e.setTaille("168");
        e.setCouleurYeux(CouleurDesYeux.VERT);
        var f = r.getFiliation();
        f.setParent1Nom("Martin");
        f.setParent1Prenoms("Paul");
        f.setParent1DateNaissance("01/01/1960");
        f.setParent2Inconnu(true);
        r.getNationalite().setAcquisition(AcquisitionNationalite.FILIATION);
        var a = r.getAdresse();
        a.setTypeAdresse(TypeAdresse.DOMICILE);
        a.setLigne1("12 rue de la République");
        a.setCodePostal("42000");
        a.setCommune("Saint-Étienne (42000)");
        r.getContact().setCourriel("elise.martin@exemple.fr");
        r.getContact().setTelephone("06 12 34 56 78");
        return r;
    }
}
