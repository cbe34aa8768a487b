package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisse;
import fr.predemande.impression.Recepisses;
import fr.predemande.impression.internal.ImprimanteEscPos.Alignement;
import fr.predemande.impression.internal.ImprimanteEscPos.Ligne;
import fr.predemande.impression.internal.ImprimanteEscPos.Ticket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Le récépissé envoyé en octets bruts à une imprimante ESC/POS : les commandes attendues, aux octets près, puis le
 * ticket tel que l’imprimante le sortirait ({@link ImprimanteEscPos}), qui se lit comme le papier.
 */
class RecepisseEscPosTest {

    private static final RecepisseImprime GENERATEUR =
            new RecepisseImprime(new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices()));

    private final byte[] octets = GENERATEUR.escPos(Recepisses.exemple());

    @Test
    void commenceParInitialiserLImprimanteEtChoisirLaTableWpc1252() {
        assertThat(Arrays.copyOf(octets, 5)).containsExactly(0x1B, '@', 0x1B, 't', 16);
    }

    @Test
    void leNumeroEstEnCode128JeuBAvecSaLongueurEtSonTexteSousLesBarres() {
        byte[] numero = Recepisses.NUMERO.getBytes(StandardCharsets.US_ASCII);
        byte[] codeBarres = concatener(new byte[] {0x1D, 'k', 73, (byte) (2 + numero.length), '{', 'B'}, numero);

        int position = indexDe(octets, codeBarres);
        assertThat(position).as("GS k 73 14 {B42260000012K dans le flux").isPositive();
        assertThat(indexDe(Arrays.copyOf(octets, position), new byte[] {0x1D, 'H', 2}))
                .as("GS H 2 avant les barres")
                .isPositive();
    }

    @Test
    void lesAccentsEtLEuroSontEnWindows1252() {
        // « Récépissé » : é = E9 ; « 86 € » : € = 80.
        assertThat(indexDe(octets, new byte[] {'R', (byte) 0xE9, 'c', (byte) 0xE9, 'p', 'i', 's', 's', (byte) 0xE9}))
                .isPositive();
        assertThat(indexDe(octets, new byte[] {'8', '6', ' ', (byte) 0x80})).isPositive();
        assertThat(indexDe(octets, "é".getBytes(StandardCharsets.UTF_8)))
                .as("aucun é en UTF-8")
                .isNegative();
    }

    @Test
    void finitParAvancerJusquAuCouteauEtCouper() {
        assertThat(Arrays.copyOfRange(octets, octets.length - 4, octets.length)).containsExactly(0x1D, 'V', 66, 0);
    }

    @Test
    void leTicketSeLitCommeLePapier() {
        Ticket ticket = ImprimanteEscPos.imprimer(octets);

        assertThat(ticket.textes())
                .containsExactly(
                        "République française — Prédemande",
                        "Récépissé de dépôt de demande",
                        "",
                        "Numéro de demande",
                        "42260000012K",
                        ImprimanteEscPos.CODE_BARRES,
                        "42260000012K",
                        "",
                        "-".repeat(48),
                        "Déposée le",
                        "12 mars 2027 à 10 h 42",
                        "Mairie",
                        "Mairie de Saint-Étienne",
                        "Titulaire",
                        "DUPONT Camille Marie",
                        "Demande",
                        "Passeport et carte nationale d’identité",
                        "Timbres fiscaux",
                        "86 €",
                        "Timbres fiscaux électroniques enregistrés",
                        "**** **** **** 4821",
                        "-".repeat(48),
                        "Suivez l’avancement de votre demande avec ce",
                        "numéro sur :",
                        "https://predemande.interieur.gouv.fr/suivi",
                        "",
                        "",
                        "",
                        "",
                        "_".repeat(32),
                        "Signature du demandeur");
        assertThat(ticket.codesBarres()).containsExactly("{B" + Recepisses.NUMERO);
        assertThat(ticket.coupes()).isEqualTo(1);
        assertThat(ticket.coupeALaFin()).isTrue();
    }

    @Test
    void leNumeroEstCentreEnGrasDoubleLargeurEtDoubleHauteur() {
        Ligne numero = ImprimanteEscPos.imprimer(octets).lignes().get(4);

        assertThat(numero).isEqualTo(new Ligne(Recepisses.NUMERO, true, 2, 2, Alignement.CENTRE));
    }

    @Test
    void lesValeursSontEnGrasEtLesLibellesNon() {
        List<Ligne> lignes = ImprimanteEscPos.imprimer(octets).lignes();
        Ligne libelle = lignes.stream()
                .filter(l -> l.texte().equals("Titulaire"))
                .findFirst()
                .orElseThrow();
        Ligne valeur = lignes.get(lignes.indexOf(libelle) + 1);

        assertThat(libelle.gras()).isFalse();
        assertThat(valeur).isEqualTo(new Ligne("DUPONT Camille Marie", true, 1, 1, Alignement.GAUCHE));
    }

    @Test
    void lesTextesLesPlusLongsSeCoupentDansLes48Colonnes() {
        // L’imprimante simulée échoue sur une ligne plus longue que le papier.
        Ticket ticket = ImprimanteEscPos.imprimer(GENERATEUR.escPos(Recepisses.lePlusLong()));

        assertThat(String.join(" ", ticket.textes()))
                .contains(
                        "MARTIN-DUPONT DE SAINT-EXUPÉRY Marie-Clémentine Anne-Sophie Geneviève Éléonore",
                        "**** **** **** 4821 **** **** **** 0007");
        assertThat(ticket.textes()).contains("2A27123456789").allMatch(ligne -> ligne.length() <= 48);
        assertThat(ticket.codesBarres()).containsExactly("{B2A27123456789");
    }

    @Test
    void unTimbreNeSImprimeQueMasqueSaufSesQuatreDerniersChiffres() {
        assertThat(new String(octets, TicketEscPos.WINDOWS_1252)).doesNotContain(Recepisses.TIMBRE, "12345678");
    }

    @Test
    void unNomPiegeNeGlisseAucuneCommandeDansLeFlux() {
        Recepisse r = Recepisses.exemple();
        // ESC @ (réinitialiser), GS V (couper), ESC t 0 (autre table), et un tiret hors de windows-1252.
        var piege = new Recepisse(
                r.numeroDeDemande(),
                r.deposeeLe(),
                r.mairie() + "\u001B@",
                r.titresDemandes(),
                "Du\u001DV\u0041\u0000pont",
                "Ca\u001Bt\u0000mille Łukasz Őrsi ‐ 王",
                r.montantAcquitte(),
                r.timbresElectroniques(),
                r.phraseDeSuivi(),
                r.urlDeSuivi());

        Ticket ticket = ImprimanteEscPos.imprimer(GENERATEUR.escPos(piege));

        assertThat(ticket.coupes()).as("une seule coupe, à la fin").isEqualTo(1);
        assertThat(ticket.textes()).contains("Mairie de Saint-Étienne@", "DUVAPONT Catmille ?ukasz Orsi ? ?");
    }

    private static int indexDe(byte[] dans, byte[] motif) {
        for (int i = 0; i + motif.length <= dans.length; i++) {
            if (Arrays.equals(dans, i, i + motif.length, motif, 0, motif.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concatener(byte[] a, byte[] b) {
        byte[] tout = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, tout, a.length, b.length);
        return tout;
    }
}
