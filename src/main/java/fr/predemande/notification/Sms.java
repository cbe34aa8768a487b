package fr.predemande.notification;

import java.util.regex.Pattern;

/**
 * Un SMS prêt à partir. Le destinataire est au format international E.164 ({@code +33612345678}), celui que donne
 * {@code fr.predemande.saisie.Telephones.versE164}. Le texte doit tenir en deux segments au plus (306 caractères de
 * l'alphabet GSM, 134 sinon) : l'envoi refuse un texte plus long plutôt que de le couper.
 *
 * @param origine ce qui fait partir ce SMS, sous une forme qui ne change pas quand l'outbox relance l'événement
 *     ({@code pre-demande-validee/<id>}…) : un renvoi porte les mêmes références SMPP (voir {@link EnvoiSms})
 */
public record Sms(String origine, String destinataire, String texte) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public Sms {
        if (origine == null || origine.isBlank()) {
            throw new IllegalArgumentException("SMS sans origine : ses références ne seraient pas stables");
        }
        if (destinataire == null || !E164.matcher(destinataire).matches()) {
            throw new IllegalArgumentException("Destinataire de SMS hors format E.164 : " + destinataire);
        }
        if (texte == null || texte.isBlank()) {
            throw new IllegalArgumentException("SMS sans texte");
        }
    }
}
