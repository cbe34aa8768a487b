package fr.predemande.saisie;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * Règles du numéro de téléphone portable. Les plans de numérotation changent et diffèrent d'un pays à l'autre : on
 * s'en remet aux métadonnées de libphonenumber plutôt qu'à des expressions régulières maison.
 *
 * <p>Un numéro sans indicatif est lu comme français. S'il n'existe pas en métropole, on essaie les régions
 * d'outre-mer qui partagent la numérotation à dix chiffres commençant par 0 : un usager de La Réunion tape
 * « 0692 12 34 56 » sans penser à l'indicatif +262. Les portables d'outre-mer n'empiètent pas sur ceux de
 * métropole, la lecture est donc sans ambiguïté ; seuls quelques fixes (0262, 0269) existent aussi en métropole, et
 * sont alors lus comme métropolitains.
 */
public final class Telephones {

    /** Région par défaut, puis régions françaises d'outre-mer à numérotation nationale en « 0… ». */
    static final List<String> REGIONS_FRANCAISES = List.of("FR", "RE", "YT", "GP", "GF", "MQ", "BL", "MF", "PM");

    /** Au-delà, ce n'est plus un numéro mal tapé mais autre chose : inutile de le confier à l'analyseur. */
    private static final int LONGUEUR_MAX_SAISIE = 40;

    private static final PhoneNumberUtil TELEPHONIE = PhoneNumberUtil.getInstance();

    private Telephones() {}

    /** Vérifie un numéro de téléphone portable, obligatoire, français ou étranger. */
    public static Optional<ErreurDeSaisie> verifierMobile(String brut) {
        if (brut == null || brut.isBlank()) {
            return Optional.of(ErreurDeSaisie.de("saisie.telephone.obligatoire"));
        }
        Optional<PhoneNumber> numero = analyser(brut);
        if (numero.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.telephone.format"));
        }
        PhoneNumberType type = TELEPHONIE.getNumberType(numero.get());
        // Certains pays (États-Unis, Canada…) ne distinguent pas fixes et portables : on les accepte.
        if (type != PhoneNumberType.MOBILE && type != PhoneNumberType.FIXED_LINE_OR_MOBILE) {
            return Optional.of(ErreurDeSaisie.de("saisie.telephone.pas-mobile"));
        }
        return Optional.empty();
    }

    /**
     * Forme internationale E.164 (« +33612345678 ») d'un numéro valide, quel que soit son type : c'est la forme à
     * conserver et à transmettre à un service d'envoi de SMS.
     *
     * @throws IllegalArgumentException si la saisie n'est pas un numéro valide
     */
    public static String versE164(String brut) {
        return analyser(brut)
                .map(numero -> TELEPHONIE.format(numero, PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("Numéro de téléphone invalide"));
    }

    /**
     * Forme lisible d'un numéro E.164 : nationale pour un numéro français (« 06 12 34 56 78 »), internationale sinon
     * (« +44 7400 123456 »). Un numéro d'outre-mer n'est écrit en forme nationale que si elle le désigne sans
     * ambiguïté : « 0269 60 12 34 » (fixe de Mayotte) se lirait aussi en métropole, il reste donc
     * « +262 269 60 12 34 ». Ainsi {@code versE164(pourAffichage(n))} rend toujours {@code n}. Un numéro enregistré
     * que de nouvelles métadonnées jugeraient invalide s'affiche quand même, en forme internationale.
     *
     * @throws IllegalArgumentException si le texte n'est pas du tout un numéro de téléphone
     */
    public static String pourAffichage(String e164) {
        PhoneNumber numero;
        try {
            numero = TELEPHONIE.parse(e164, REGIONS_FRANCAISES.get(0));
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Numéro de téléphone illisible", e);
        }
        String region = TELEPHONIE.getRegionCodeForNumber(numero);
        if (TELEPHONIE.isValidNumber(numero) && REGIONS_FRANCAISES.contains(region)) {
            String national = TELEPHONIE.format(numero, PhoneNumberFormat.NATIONAL);
            String attendu = TELEPHONIE.format(numero, PhoneNumberFormat.E164);
            if (analyser(national)
                    .filter(relu ->
                            TELEPHONIE.format(relu, PhoneNumberFormat.E164).equals(attendu))
                    .isPresent()) {
                return national;
            }
        }
        return TELEPHONIE.format(numero, PhoneNumberFormat.INTERNATIONAL);
    }

    /** Le numéro valide que désigne la saisie, s'il existe. */
    private static Optional<PhoneNumber> analyser(String brut) {
        if (brut == null || brut.length() > LONGUEUR_MAX_SAISIE || !caracteresAdmis(brut)) {
            return Optional.empty();
        }
        boolean international = brut.strip().startsWith("+") || brut.strip().startsWith("00");
        // Un numéro international porte son indicatif : seule la première région (FR, pour « 00 ») compte.
        List<String> regions = international ? REGIONS_FRANCAISES.subList(0, 1) : REGIONS_FRANCAISES;
        for (String region : regions) {
            try {
                PhoneNumber numero = TELEPHONIE.parse(brut, region);
                if (TELEPHONIE.isValidNumber(numero)) {
                    return Optional.of(numero);
                }
            } catch (NumberParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Chiffres et séparateurs usuels seulement, « + » en tête. libphonenumber, lui, tolère des lettres (numéros
     * « 0800-FLEURS ») et des extensions (« poste 12 ») qui n'ont pas de sens pour recevoir un SMS.
     */
    private static boolean caracteresAdmis(String brut) {
        String saisie = brut.strip();
        boolean auMoinsUnChiffre = false;
        for (int i = 0; i < saisie.length(); i++) {
            char c = saisie.charAt(i);
            if (Character.isDigit(c)) {
                auMoinsUnChiffre = true;
            } else if (!(c == '+' && i == 0) && !Character.isSpaceChar(c) && ".-()/".indexOf(c) < 0) {
                return false;
            }
        }
        return auMoinsUnChiffre;
    }
}
