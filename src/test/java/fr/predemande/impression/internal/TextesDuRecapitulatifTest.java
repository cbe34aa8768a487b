package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.predemande.impression.Ligne;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Rubrique;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Ce que l’agent et l’usager lisent sur le récapitulatif : les textes fixes viennent des messages, chaque valeur
 * reçue s’imprime telle quelle (accents, apostrophes, et même du balisage : rien n’est interprété).
 */
class TextesDuRecapitulatifTest {

    private static final String BALISAGE = "<script>alert('x')</script> & <b>gras</b> \"cité\"";
    private static final Path GABARITS = Path.of("src/main/resources/impression");
    private static final Path MESSAGES = Path.of("src/main/resources/messages_fr.properties");

    private final RecapitulatifEnPdf generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());

    @Test
    void leRecapitulatifPorteLesTextesFixesEtToutesLesReponses() throws IOException {
        Recapitulatif recapitulatif = Recapitulatifs.exemple();
        String texte = texte(generateur.pdf(recapitulatif));

        assertThat(texte)
                .contains(
                        "République française — Prédemande",
                        "Récapitulatif de pré-demande",
                        "7K3M 9Q2X TB",
                        "Valable jusqu’au 29 mai 2027",
                        "Passeport et carte nationale d’identité — renouvellement",
                        "DUPONT Camille Marie",
                        "Collez votre photo ici — ne pas agrafer",
                        "Timbres fiscaux : 86 € — Carte nationale d’identité : gratuite ; passeport : 86 €",
                        "Timbre fiscal électronique : en ligne sur timbres.impots.gouv.fr ou chez un buraliste agréé. "
                                + "Gardez son numéro à 16 chiffres.",
                        "Timbres fiscaux papier : collez-les ici",
                        "Signez en mairie, devant l’agent",
                        "Pièces justificatives à apporter (originaux)",
                        "Pré-demande 7K3M 9Q2X TB",
                        "page 1 / 2",
                        "page 2 / 2");
        recapitulatif.justificatifs().forEach(justificatif -> assertThat(texte).contains(justificatif));
        for (Rubrique rubrique : recapitulatif.rubriques()) {
            assertThat(texte).contains(rubrique.titre());
            for (Ligne ligne : rubrique.lignes()) {
                String valeur = ligne.valeur().isBlank() ? "Non renseigné" : ligne.valeur();
                assertThat(texte).contains(ligne.libelle() + " " + valeur);
            }
        }
        assertThat(texte).doesNotContain("??", "{0}", "impression.");
    }

    @Test
    void lesValeursSImprimentTellesQuellesSansEtreInterpretees() throws IOException {
        String nom = "Éloïse D’Aubigné-Œuvray";
        var recapitulatif = Recapitulatifs.avecDemandeur(nom + " " + BALISAGE);
        var rubriques = new ArrayList<>(recapitulatif.rubriques());
        rubriques.add(new Rubrique(
                "Rubrique " + BALISAGE,
                List.of(
                        new Ligne("Question </th></tr></table>", "Réponse ]]> <!-- --> &amp; &#x41;"),
                        new Ligne("Prénom d’usage", "Zoë l’Hôte"))));
        var piegee = new Recapitulatif(
                recapitulatif.numero(),
                recapitulatif.numeroLisible(),
                recapitulatif.valableJusquAu(),
                recapitulatif.urlDuQrCode(),
                "Intitulé " + BALISAGE,
                recapitulatif.demandeur(),
                rubriques,
                List.of("Pièce " + BALISAGE),
                "86 € <i>",
                "Détail " + BALISAGE);

        // Sans les espaces : une longue valeur se coupe en fin de ligne, et l’extraction y met une espace.
        String texte = sansEspaces(texte(generateur.pdf(piegee)));

        for (String attendu : List.of(
                nom + " " + BALISAGE,
                "Intitulé " + BALISAGE,
                "Rubrique " + BALISAGE,
                "Question </th></tr></table>",
                "Réponse ]]> <!-- --> &amp; &#x41;",
                "Zoë l’Hôte",
                "Pièce " + BALISAGE,
                "Timbres fiscaux : 86 € <i>",
                "Détail " + BALISAGE)) {
            assertThat(texte).contains(sansEspaces(attendu));
        }
    }

    @Test
    void uneSaisieAbimeeDonneQuandMemeUnRecapitulatif() throws IOException {
        // Caractères interdits en XML (contrôle, moitié de paire de substitution) et forme décomposée (NFD).
        String abime = "E\u0301loi\u0308se\u0000 \u0007DUPONT\uD800\tMarie";
        String texte = texte(generateur.pdf(Recapitulatifs.avecDemandeur(abime)));

        assertThat(texte).contains("Éloïse DUPONT Marie");
    }

    @Test
    void laDateDeValiditeSEcritEnToutesLettres() {
        assertThat(generateur.dateLongue(LocalDate.of(2027, 5, 29))).isEqualTo("29 mai 2027");
        assertThat(generateur.dateLongue(LocalDate.of(2027, 6, 1))).isEqualTo("1er juin 2027");
        assertThat(generateur.dateLongue(LocalDate.of(2026, 12, 31))).isEqualTo("31 décembre 2026");
    }

    @Test
    void unMessageAbsentEmpecheLImpression() {
        // Un document officiel ne s’imprime pas avec « ??impression.titre_fr_FR?? » à la place d’un texte.
        var incomplets = new StaticMessageSource();
        incomplets.addMessage("impression.producteur", Locale.FRANCE, "Prédemande");
        incomplets.addMessage("impression.pied.pagination", Locale.FRANCE, "page {0} / {1}");
        var generateurIncomplet = new RecapitulatifEnPdf(incomplets);

        assertThatThrownBy(() -> generateurIncomplet.pdf(Recapitulatifs.exemple()))
                .hasStackTraceContaining("impression.");
    }

    @Test
    void chaqueCleDesGabaritsExisteDansLesMessagesDuModule() throws IOException {
        Properties messages = new Properties();
        try (var lecteur = new InputStreamReader(Files.newInputStream(MESSAGES), StandardCharsets.UTF_8)) {
            messages.load(lecteur);
        }
        List<Path> gabarits;
        try (var fichiers = Files.list(GABARITS)) {
            gabarits = fichiers.filter(f -> f.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
        assertThat(gabarits).as("gabarits de %s", GABARITS).isNotEmpty();
        var manquantes = new TreeSet<String>();
        for (Path gabarit : gabarits) {
            Matcher cle = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]").matcher(Files.readString(gabarit));
            while (cle.find()) {
                if (!messages.containsKey(cle.group(1))) {
                    manquantes.add(gabarit.getFileName() + " : " + cle.group(1));
                }
            }
        }
        assertThat(manquantes).as("clés des gabarits absentes de %s", MESSAGES).isEmpty();
        var textesDuModule = messages.stringPropertyNames().stream()
                .filter(k -> k.startsWith("impression."))
                .map(messages::getProperty)
                .toList();
        assertThat(textesDuModule).isNotEmpty();
        assertThat(textesDuModule).as("apostrophe typographique ’ seulement").noneMatch(v -> v.contains("'"));
    }

    private static String sansEspaces(String texte) {
        return texte.replaceAll("\\s+", "");
    }

    /** Le texte de toutes les pages, espaces insécables et retours à la ligne ramenés à de simples espaces. */
    private static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }
}
