package fr.predemande.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.compte.UsageDuLien;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.LieuDeNaissance;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.justificatifs.ZoneTarifaire;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tous les textes de l'interface viennent de messages_fr.properties, et le fichier ne garde que des textes employés :
 * <ul>
 * <li>chaque clé citée par un gabarit ({@code #{…}}, {@code #messages.msg('…')}) ou par le Java ({@code getMessage},
 * {@code rejectValue}, {@code ErreurDeSaisie.de}, codes posés dans le modèle…) existe ;</li>
 * <li>chaque clé calculée (un préfixe + une valeur) a son préfixe déclaré ici comme {@link Famille}, avec les valeurs
 * qui le complètent prises aux types qui les produisent (énumérations, listes) : toutes ces clés existent ;</li>
 * <li>chaque clé du fichier est employée par l'un de ces moyens ;</li>
 * <li>un gabarit ne contient aucun texte en dur (ni entre les balises, ni dans les attributs lus par les lecteurs
 * d'écran).</li>
 * </ul>
 * Les champs des fragments de formulaire ({@code fragments/formulaire :: texte('nom', …)}) donnent leurs clés
 * {@code champ.nom} et, pour les fragments qui affichent une aide, {@code champ.nom.aide} si elle existe.
 */
class TextesDesPagesTest {

    private static final List<Path> GABARITS =
            List.of(Path.of("src/main/resources/templates"), Path.of("src/main/resources/impression"));
    private static final Path JAVA = Path.of("src/main/java");

    /** Clé littérale d'un gabarit : #{cle} ou #{cle(arguments)}. */
    private static final Pattern CLE_DE_GABARIT = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    /** Clé calculée dans un gabarit : #{${expression}}. */
    private static final Pattern EXPRESSION_DE_GABARIT = Pattern.compile("#\\{\\$\\{([^}]*)\\}");
    /** Un appel #messages.msg(…), msgOrNull(…), msgWithParams(…) : son premier argument est une clé, littérale ou calculée. */
    private static final Pattern MESSAGES_DE_GABARIT =
            Pattern.compile("#messages\\.(?:msg|msgOrNull|msgWithParams)\\(");

    private static final Pattern LITTERAL = Pattern.compile("'([a-zA-Z0-9._-]+)'");
    private static final Pattern PREFIXE_LITTERAL = Pattern.compile("^'([a-zA-Z0-9._-]+)'\\s*\\+");
    /** Un champ passé à un fragment qui en tire ses textes (champ.X, et champ.X.aide pour texte, lieu et radios). */
    private static final Pattern CHAMP_DE_FRAGMENT = Pattern.compile("::\\s*(texte|radios|liste|lieu|case)\\('(\\w+)'");
    /** Les options d'une liste ou de boutons radio, et le préfixe de leurs libellés (clé {prefixe}.{option}). */
    private static final Pattern OPTIONS_DE_FRAGMENT =
            Pattern.compile("::\\s*(?:radios|liste)\\('\\w+',\\s*\\$\\{\\s*(.*?)\\s*\\},\\s*'([a-z0-9.-]+)'");
    /** La nature d'un champ de lieu : son aide par défaut est referentiel.lieu.aide.{nature}. */
    private static final Pattern NATURE_DE_LIEU = Pattern.compile("::\\s*lieu\\('(\\w+)',\\s*'(\\w+)'");
    /** Une chaîne du Java en forme de clé (au moins un point) ; un point final en fait un préfixe de clé calculée. */
    private static final Pattern CHAINE_JAVA =
            Pattern.compile("\"([a-z][a-z0-9-]*\\.(?:[A-Za-z0-9_-]+\\.)*(?:[A-Za-z0-9_-]+)?)\"");

    private static final Pattern ATTRIBUT_LU = Pattern.compile("\\s(title|alt|aria-label|placeholder)=\"([^\"]*)\"");

    /**
     * Les expressions de gabarit sans préfixe littéral : la clé vient d'ailleurs, et ce qui la produit est vérifié
     * par un autre moyen (indiqué).
     */
    private static final Map<String, String> EXPRESSIONS_SANS_PREFIXE = Map.ofEntries(
            Map.entry("succes", "codes posés en attribut flash par les contrôleurs : chaînes du Java"),
            Map.entry("information", "codes posés en attribut flash par les contrôleurs : chaînes du Java"),
            Map.entry("m", "ce qui manque pour transmettre un dossier : codes du Java (RecueilDesDossiers.manques)"),
            Map.entry("erreurConnexion", "code posé en attribut flash par SecuriteDesUsagers : chaînes du Java"),
            Map.entry("erreurCourriel", "code d'ErreurDeSaisie : chaînes du Java"),
            Map.entry("p.code()", "codes des contrôles de cohérence : chaînes du Java"),
            Map.entry("d.cleMotif()", "motifs des droits de timbre (justificatif.droit.*) : chaînes du Java"),
            Map.entry("p.cleTitre()", "famille justificatif."),
            Map.entry("p.cleExplication()", "famille justificatif."),
            Map.entry("prefixe + '.' + option", "options des fragments radios et liste : appels des fragments"),
            Map.entry("prefixe + '.sujet'", "famille courriel."),
            Map.entry("prefixe + '.corps'", "famille courriel."),
            Map.entry("prefixe + '.bouton'", "famille courriel."),
            Map.entry("textes + '.titre'", "famille erreur."),
            Map.entry("textes + '.explication'", "famille erreur."),
            Map.entry("textes + '.conseil'", "famille erreur."));

    /** Des clés calculées : un préfixe, les valeurs qui le complètent et, s'il y en a, les suffixes. */
    record Famille(String prefixe, List<String> valeurs, List<String> suffixes, String origine) {

        Famille(String prefixe, List<String> valeurs, String origine) {
            this(prefixe, valeurs, List.of(""), origine);
        }

        Set<String> cles() {
            var cles = new TreeSet<String>();
            valeurs.forEach(valeur -> suffixes.forEach(suffixe -> cles.add(prefixe + valeur + suffixe)));
            return cles;
        }

        boolean couvre(String prefixeEmploye) {
            return prefixe.startsWith(prefixeEmploye) || prefixeEmploye.startsWith(prefixe);
        }
    }

    private static List<Famille> famillesDeclarees() {
        return List.of(
                new Famille("sexe.", List.of("F", "M"), "sexe du compte (contrainte de la table compte)"),
                new Famille(
                        "question-secrete.", noms("fr.predemande.compte.internal.QuestionSecrete"), "QuestionSecrete"),
                new Famille("lien-invalide.", noms("fr.predemande.compte.internal.Jetons$Etat"), "Jetons.Etat"),
                new Famille(
                        "courriel.",
                        Arrays.stream(UsageDuLien.values())
                                .map(usage ->
                                        usage.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .toList(),
                        List.of(".sujet", ".corps", ".bouton", ".texte"),
                        "UsageDuLien (RedactionDesCourriels, courriels/lien.html)"),
                new Famille(
                        "dev.sms.codage.",
                        noms("fr.predemande.notification.internal.EncodageSms$Codage"),
                        "EncodageSms.Codage"),
                new Famille(
                        "erreur.",
                        List.of("403", "404", "500", "503"),
                        List.of(".titre", ".explication", ".conseil"),
                        "statuts qui ont leurs textes (error.html)"),
                new Famille("erreur.generique.", List.of("titre", "explication"), "tout autre statut (error.html)"),
                new Famille(
                        "justificatif.droit.",
                        motifsDesDroitsDeTimbre(),
                        "motifs des droits de timbre atteignables (ReglesDesJustificatifs)"),
                new Famille(
                        "justificatif.",
                        noms(PieceJustificative.values()),
                        List.of(".titre", ".explication"),
                        "PieceJustificative.cleTitre(), cleExplication()"),
                new Famille("demande.section.", noms("fr.predemande.demande.Section"), "Section"),
                new Famille("demande.statut.", noms("fr.predemande.demande.StatutPreDemande"), "StatutPreDemande"),
                new Famille("choix.titre.", noms(TypeDeTitre.values()), "TypeDeTitre"),
                new Famille("choix.motif.", noms(Motif.values()), "Motif"),
                new Famille("choix.mention.", noms(MentionNomUsage.values()), "MentionNomUsage"),
                new Famille("choix.acquisition.", noms(AcquisitionNationalite.values()), "AcquisitionNationalite"),
                new Famille("choix.type-adresse.", noms(TypeAdresse.values()), "TypeAdresse"),
                new Famille("choix.yeux.", noms("fr.predemande.demande.CouleurDesYeux"), "CouleurDesYeux"),
                new Famille("choix.oui-non.", List.of("true", "false"), "réponses oui/non des sections (booléens)"),
                new Famille("choix.ancien-titre-type.", List.of("CNI", "PASSEPORT"), "type du titre actuel"),
                new Famille(
                        "choix.sexe.", noms("fr.predemande.saisie.Sexe"), "Sexe, dans les sections et la vérification"),
                new Famille(
                        "choix.releve.",
                        noms("fr.predemande.recueil.DossierRecueilli$ReleveDesEmpreintes"),
                        "ReleveDesEmpreintes"),
                new Famille(
                        "mairie.journal.action.",
                        noms("fr.predemande.audit.ActionAuditee"),
                        "ActionAuditee, nommée dans le journal d'audit de la mairie"),
                new Famille(
                        "recueil.dossier.origine.",
                        noms("fr.predemande.recueil.DossierRecueilli$Origine"),
                        "Origine du dossier"),
                new Famille("recueil.dossier.statut.", noms("fr.predemande.recueil.StatutDossier"), "StatutDossier"),
                new Famille(
                        "recueil.numerisation.objet.",
                        noms("fr.predemande.recueil.DossierRecueilli$DocumentDuDepot"),
                        "DocumentDuDepot"),
                new Famille(
                        "typeMismatch", List.of(""), "valeur illisible pour son type : code de DataBinder (Spring)"),
                new Famille(
                        "demande.timbre.titre.",
                        List.of("CNI", "PASSEPORT"),
                        "droit de timbre par titre simple (Recapitulatifs)"),
                new Famille(
                        "demande.timbre.titre-gratuit.",
                        List.of("CNI", "PASSEPORT"),
                        "gratuité accordée au genre du titre (Recapitulatifs)"));
    }

    private static Properties messages;
    private static Set<String> cles;
    private static Map<Path, String> gabarits;
    private static Map<Path, String> sources;

    @BeforeAll
    static void charger() throws IOException {
        messages = new Properties();
        try (var flux = TextesDesPagesTest.class.getClassLoader().getResourceAsStream("messages_fr.properties")) {
            messages.load(new InputStreamReader(flux, StandardCharsets.UTF_8));
        }
        cles = new TreeSet<>(messages.stringPropertyNames());
        gabarits = new LinkedHashMap<>();
        for (Path racine : GABARITS) {
            for (Path gabarit : fichiers(racine, ".html")) {
                gabarits.put(gabarit, Files.readString(gabarit));
            }
        }
        sources = new LinkedHashMap<>();
        for (Path source : fichiers(JAVA, ".java")) {
            sources.put(source, Files.readString(source));
        }
    }

    @Test
    void chaqueCleCiteeParUnGabaritExiste() {
        var manquantes = new TreeSet<String>();
        gabarits.forEach((gabarit, contenu) -> {
            for (String cle : clesLitteralesDuGabarit(contenu)) {
                if (!cles.contains(cle)) {
                    manquantes.add(gabarit + " : " + cle);
                }
            }
            for (String cle : clesDesFragments(contenu, false)) {
                if (!cles.contains(cle)) {
                    manquantes.add(gabarit + " (appel de fragment) : " + cle);
                }
            }
        });
        assertThat(manquantes).as("clés absentes de messages_fr.properties").isEmpty();
    }

    @Test
    void chaqueCleCalculeeDUnGabaritADesValeursDeclarees() {
        var familles = toutesLesFamilles();
        var inconnues = new TreeSet<String>();
        gabarits.forEach((gabarit, contenu) -> {
            for (String expression : expressionsDuGabarit(contenu)) {
                Matcher prefixe = PREFIXE_LITTERAL.matcher(expression);
                boolean declaree = prefixe.find()
                        ? familles.stream().anyMatch(famille -> famille.couvre(prefixe.group(1)))
                        : EXPRESSIONS_SANS_PREFIXE.containsKey(expression);
                if (!declaree) {
                    inconnues.add(gabarit + " : " + expression);
                }
            }
        });
        assertThat(inconnues)
                .as("clés calculées sans famille déclarée dans ce test")
                .isEmpty();
    }

    @Test
    void chaqueCleDesFamillesExiste() {
        var manquantes = new TreeSet<String>();
        for (Famille famille : toutesLesFamilles()) {
            famille.cles().stream()
                    .filter(cle -> !cles.contains(cle))
                    .forEach(cle -> manquantes.add(cle + " (" + famille.origine() + ")"));
        }
        assertThat(manquantes)
                .as("clés calculées absentes de messages_fr.properties")
                .isEmpty();
    }

    @Test
    void chaqueCodeDeMessageDuJavaExiste() {
        var familles = toutesLesFamilles();
        var manquants = new TreeSet<String>();
        sources.forEach((source, contenu) -> {
            for (String chaine : chainesJavaEnFormeDeCle(contenu)) {
                if (chaine.endsWith(".")) {
                    if (familles.stream().noneMatch(famille -> famille.couvre(chaine))) {
                        manquants.add(source + " : préfixe « " + chaine + " » sans famille déclarée dans ce test");
                    }
                } else if (!cles.contains(chaine)) {
                    manquants.add(source + " : " + chaine);
                }
            }
        });
        assertThat(manquants)
                .as("codes de message absents de messages_fr.properties")
                .isEmpty();
    }

    @Test
    void chaqueCleDuFichierEstEmployee() {
        var sansEmploi = new TreeSet<>(cles);
        sansEmploi.removeAll(clesEmployees());
        assertThat(sansEmploi)
                .as("clés de messages_fr.properties que rien n'emploie")
                .isEmpty();
    }

    @Test
    void leControleTrouveLesClesEtLesChamps() {
        // garde-fous : les extractions ci-dessus doivent pouvoir trouver une faute
        String gabarit = """
                <p th:text="#{exemple.cle}"></p><p th:text="#{exemple.argument(${x})}"></p>
                <p th:text="${#messages.msgOrNull('exemple.facultative')}"></p><p th:text="#{${'exemple.famille.' + v}}"></p>
                <div th:replace="~{fragments/formulaire :: texte('exempleChamp', 'text', 'off', true)}"></div>
                <fieldset th:replace="~{fragments/formulaire :: radios('exempleRadio', ${ {'A','B'} }, 'exemple.choix', true)}"></fieldset>
                """;
        assertThat(clesLitteralesDuGabarit(gabarit))
                .containsExactlyInAnyOrder("exemple.cle", "exemple.argument", "exemple.facultative");
        assertThat(expressionsDuGabarit(gabarit)).containsExactly("'exemple.famille.' + v");
        assertThat(clesDesFragments(gabarit, false))
                .containsExactlyInAnyOrder(
                        "champ.exempleChamp", "champ.exempleRadio", "exemple.choix.A", "exemple.choix.B");
        assertThat(chainesJavaEnFormeDeCle(
                        "erreurs.rejectValue(\"nom\", \"saisie.nom.obligatoire\"); texte(\"choix.\" + f);"))
                .containsExactlyInAnyOrder("saisie.nom.obligatoire", "choix.");
    }

    @Test
    void aucunGabaritNeContientDeTexteEnDur() {
        var fautes = new ArrayList<String>();
        gabarits.forEach((gabarit, brut) -> {
            String contenu = brut.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<(script|style)\\b.*?</\\1>", "");
            String texte = contenu.replaceAll("(?s)<[^>]*>", "\n");
            for (String ligne : texte.split("\n")) {
                // ce qui reste entre les balises : rien, ou de la ponctuation seule
                if (ligne.strip().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    fautes.add(gabarit + " : « " + ligne.strip() + " »");
                }
            }
            Matcher attribut = ATTRIBUT_LU.matcher(contenu);
            while (attribut.find()) {
                if (attribut.group(2).codePoints().anyMatch(Character::isLetter)) {
                    fautes.add(gabarit + " : " + attribut.group(1) + "=\"" + attribut.group(2) + "\"");
                }
            }
        });
        assertThat(fautes).as("textes en dur dans les gabarits").isEmpty();
    }

    @Test
    void leControleSaitReconnaitreUnTexteEnDur() {
        // garde-fou : le test ci-dessus doit pouvoir échouer
        String contenu = "<p class=\"fr-text\">Bonjour</p><a title=\"Aide\" th:text=\"#{x}\"></a>";
        assertThat(contenu.replaceAll("(?s)<[^>]*>", "\n")
                        .lines()
                        .anyMatch(l -> l.strip().codePoints().anyMatch(Character::isLetterOrDigit)))
                .isTrue();
        assertThat(ATTRIBUT_LU.matcher(contenu).find()).isTrue();
    }

    // — Ce que les gabarits et le Java emploient —

    private static Set<String> clesEmployees() {
        var employees = new TreeSet<String>();
        gabarits.values().forEach(contenu -> {
            employees.addAll(clesLitteralesDuGabarit(contenu));
            employees.addAll(clesDesFragments(contenu, true));
        });
        sources.values().forEach(contenu -> employees.addAll(chainesJavaEnFormeDeCle(contenu)));
        toutesLesFamilles().forEach(famille -> employees.addAll(famille.cles()));
        // la variante d'un code d'erreur pour un champ, « code.champ », que Spring essaie avant le code seul
        // (DefaultMessageCodesResolver) : employée dès que le code l'est et que le champ est sur une page
        var champs = champsDesGabarits();
        for (String cle : cles) {
            int point = cle.lastIndexOf('.');
            if (point > 0 && employees.contains(cle.substring(0, point)) && champs.contains(cle.substring(point + 1))) {
                employees.add(cle);
            }
        }
        return employees;
    }

    private static Set<String> champsDesGabarits() {
        var champs = new TreeSet<String>();
        gabarits.values().forEach(contenu -> {
            Matcher champ = CHAMP_DE_FRAGMENT.matcher(contenu);
            while (champ.find()) {
                champs.add(champ.group(2));
            }
        });
        return champs;
    }

    /** Les familles déclarées, plus celles que donnent les appels de fragments des gabarits. */
    private static List<Famille> toutesLesFamilles() {
        var familles = new ArrayList<>(famillesDeclarees());
        var champs = new TreeSet<String>();
        var natures = new TreeSet<String>();
        gabarits.values().forEach(contenu -> {
            Matcher champ = CHAMP_DE_FRAGMENT.matcher(contenu);
            while (champ.find()) {
                champs.add(champ.group(2));
            }
            Matcher lieu = NATURE_DE_LIEU.matcher(contenu);
            while (lieu.find()) {
                natures.add(lieu.group(2));
            }
        });
        familles.add(new Famille("champ.", List.copyOf(champs), "champs passés aux fragments de formulaire"));
        familles.add(new Famille("referentiel.lieu.aide.", List.copyOf(natures), "natures des champs de lieu"));
        return familles;
    }

    /** Les clés littérales : #{cle…}, et le premier argument littéral de #messages.msg…(…). */
    private static Set<String> clesLitteralesDuGabarit(String contenu) {
        var trouvees = new TreeSet<String>();
        Matcher cle = CLE_DE_GABARIT.matcher(contenu);
        while (cle.find()) {
            trouvees.add(cle.group(1));
        }
        for (String argument : premiersArgumentsDeMessages(contenu)) {
            Matcher litteral = LITTERAL.matcher(argument);
            if (litteral.matches()) {
                trouvees.add(litteral.group(1));
            }
        }
        return trouvees;
    }

    /** Les expressions qui calculent une clé : #{${…}} et les arguments non littéraux de #messages.msg…(…). */
    private static List<String> expressionsDuGabarit(String contenu) {
        var expressions = new ArrayList<String>();
        Matcher expression = EXPRESSION_DE_GABARIT.matcher(contenu);
        while (expression.find()) {
            expressions.add(expression.group(1).strip());
        }
        for (String argument : premiersArgumentsDeMessages(contenu)) {
            if (!LITTERAL.matcher(argument).matches()) {
                expressions.add(argument);
            }
        }
        return expressions;
    }

    /** Le premier argument de chaque appel #messages.…(…), parenthèses imbriquées comprises. */
    private static List<String> premiersArgumentsDeMessages(String contenu) {
        var arguments = new ArrayList<String>();
        Matcher appel = MESSAGES_DE_GABARIT.matcher(contenu);
        while (appel.find()) {
            int profondeur = 0;
            int fin = appel.end();
            while (fin < contenu.length()) {
                char c = contenu.charAt(fin);
                if (profondeur == 0 && (c == ',' || c == ')')) {
                    break;
                }
                profondeur += c == '(' ? 1 : c == ')' ? -1 : 0;
                fin++;
            }
            arguments.add(contenu.substring(appel.end(), fin).strip());
        }
        return arguments;
    }

    /**
     * Les clés que donnent les appels de fragments : champ.X, les libellés des options écrites dans l'appel et, si on
     * compte aussi les clés facultatives, l'aide champ.X.aide des fragments qui l'affichent (texte, lieu, radios) quand elle
     * existe, sinon l'aide par défaut du lieu.
     */
    private static Set<String> clesDesFragments(String contenu, boolean facultatives) {
        var trouvees = new TreeSet<String>();
        Matcher champ = CHAMP_DE_FRAGMENT.matcher(contenu);
        while (champ.find()) {
            trouvees.add("champ." + champ.group(2));
            String aide = "champ." + champ.group(2) + ".aide";
            if (facultatives && Set.of("texte", "lieu", "radios").contains(champ.group(1)) && cles.contains(aide)) {
                trouvees.add(aide);
            }
        }
        Matcher options = OPTIONS_DE_FRAGMENT.matcher(contenu);
        while (options.find()) {
            String liste = options.group(1);
            if (liste.startsWith("{")) {
                Matcher option = LITTERAL.matcher(liste);
                while (option.find()) {
                    trouvees.add(options.group(2) + "." + option.group(1));
                }
            }
        }
        Matcher lieu = NATURE_DE_LIEU.matcher(contenu);
        while (lieu.find()) {
            if (facultatives && !cles.contains("champ." + lieu.group(1) + ".aide")) {
                trouvees.add("referentiel.lieu.aide." + lieu.group(2));
            }
        }
        return trouvees;
    }

    /** Les chaînes du Java en forme de clé dont le premier mot est celui d'une clé du fichier. */
    private static Set<String> chainesJavaEnFormeDeCle(String contenu) {
        var premiersMots = new TreeSet<String>();
        (cles == null ? Set.<String>of() : cles)
                .forEach(cle -> premiersMots.add(cle.substring(0, cle.indexOf('.') + 1)));
        var trouvees = new TreeSet<String>();
        Matcher chaine = CHAINE_JAVA.matcher(contenu);
        while (chaine.find()) {
            String valeur = chaine.group(1);
            if (cles == null || premiersMots.contains(valeur.substring(0, valeur.indexOf('.') + 1))) {
                trouvees.add(valeur);
            }
        }
        return trouvees;
    }

    /** Les clés de motif de tous les droits de timbre que les règles peuvent produire, sans leur préfixe. */
    private static List<String> motifsDesDroitsDeTimbre() {
        var motifs = new TreeSet<String>();
        for (TypeDeTitre titre : TypeDeTitre.values()) {
            for (Motif motif : Motif.values()) {
                if (!motif.permisPour(titre)) {
                    continue;
                }
                for (int age = 0; age <= Situation.AGE_MAXIMUM; age++) {
                    for (ZoneTarifaire zone : ZoneTarifaire.values()) {
                        var situation = new Situation(
                                titre,
                                motif,
                                age,
                                false,
                                LieuDeNaissance.FRANCE_COMMUNE_COMEDEC,
                                AcquisitionNationalite.FILIATION,
                                TypeAdresse.DOMICILE,
                                null,
                                false,
                                zone);
                        ReglesDesJustificatifs.droitsDeTimbre(situation)
                                .forEach(droit ->
                                        motifs.add(droit.cleMotif().substring("justificatif.droit.".length())));
                    }
                }
            }
        }
        return List.copyOf(motifs);
    }

    private static List<String> noms(Enum<?>[] valeurs) {
        return Arrays.stream(valeurs).map(Enum::name).toList();
    }

    /** Les valeurs d'une énumération interne à un autre module (lue par réflexion : le test n'en dépend pas). */
    private static List<String> noms(String enumeration) {
        try {
            return noms((Enum<?>[]) Class.forName(enumeration).getEnumConstants());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Énumération introuvable : " + enumeration, e);
        }
    }

    private static List<String> listeStatique(String classe, String champ) {
        try {
            var declare = Class.forName(classe).getDeclaredField(champ);
            declare.setAccessible(true);
            return ((List<?>) declare.get(null)).stream().map(String::valueOf).toList();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Liste introuvable : " + classe + "." + champ, e);
        }
    }

    private static List<Path> fichiers(Path racine, String extension) throws IOException {
        try (Stream<Path> chemins = Files.walk(racine)) {
            return chemins.filter(chemin -> chemin.toString().endsWith(extension))
                    .sorted()
                    .toList();
        }
    }
}
