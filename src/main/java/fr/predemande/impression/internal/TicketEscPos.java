package fr.predemande.impression.internal;

import fr.predemande.impression.internal.ContenuDuRecepisse.Detail;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;

/**
 * Le récépissé en commandes ESC/POS, pour une imprimante thermique 80 mm qui reçoit des octets bruts (port série, USB
 * en mode imprimante brute, socket 9100). Police A, 48 colonnes sur les 72 mm imprimables (576 points à 203 ppp).
 *
 * <p>Les octets, commande par commande, sont décrits sur {@link fr.predemande.impression.GenerateurDeRecepisse#escPos}.
 *
 * <p>Un texte plus long que sa ligne est coupé aux espaces (48 colonnes, 24 en double largeur). Aucun octet de texte
 * n’est une commande : les caractères de contrôle sont retirés en amont ({@link TextesRecus}), et windows-1252 code
 * tout caractère imprimable au-dessus de {@code 1F}. Un caractère hors de windows-1252 perd son accent (ő → o), ou
 * devient « ? » ; l’espace insécable devient une espace.
 */
final class TicketEscPos {

    static final int COLONNES = 48;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte ESC = 0x1B, GS = 0x1D, LF = 0x0A;

    private TicketEscPos() {}

    static byte[] octets(ContenuDuRecepisse contenu) {
        var ticket = new Flux();
        ticket.commande(ESC, '@');
        ticket.commande(ESC, 't', 16);
        ticket.commande(ESC, 'a', 1);
        ticket.commande(ESC, 'E', 1);
        ticket.lignes(contenu.entete(), COLONNES);
        ticket.commande(GS, '!', 0x01);
        ticket.lignes(contenu.titre(), COLONNES);
        ticket.commande(GS, '!', 0x00);
        ticket.commande(ESC, 'E', 0);
        ticket.sautDeLigne();
        ticket.lignes(contenu.libelleDuNumero(), COLONNES);
        ticket.commande(ESC, 'E', 1);
        ticket.commande(GS, '!', 0x11);
        ticket.lignes(contenu.numero(), COLONNES / 2);
        ticket.commande(GS, '!', 0x00);
        ticket.commande(ESC, 'E', 0);
        ticket.codeBarres(contenu.numero());
        ticket.commande(ESC, 'a', 0);
        ticket.lignes("-".repeat(COLONNES), COLONNES);
        for (Detail detail : contenu.details()) {
            ticket.lignes(detail.libelle(), COLONNES);
            ticket.commande(ESC, 'E', 1);
            detail.valeurs().forEach(valeur -> ticket.lignes(valeur, COLONNES));
            ticket.commande(ESC, 'E', 0);
        }
        ticket.lignes("-".repeat(COLONNES), COLONNES);
        ticket.lignes(contenu.phraseDeSuivi(), COLONNES);
        ticket.commande(ESC, 'E', 1);
        ticket.lignes(contenu.urlDeSuivi(), COLONNES);
        ticket.commande(ESC, 'E', 0);
        for (int i = 0; i < 4; i++) {
            ticket.sautDeLigne();
        }
        ticket.commande(ESC, 'a', 1);
        ticket.lignes("_".repeat(32), COLONNES);
        ticket.lignes(contenu.signature(), COLONNES);
        ticket.commande(GS, 'V', 66, 0);
        return ticket.octets.toByteArray();
    }

    private static final class Flux {

        private final ByteArrayOutputStream octets = new ByteArrayOutputStream(1024);
        private final CharsetEncoder windows1252 = WINDOWS_1252.newEncoder();

        void commande(byte prefixe, char lettre, int... parametres) {
            octets.write(prefixe);
            octets.write(lettre);
            for (int parametre : parametres) {
                octets.write(parametre);
            }
        }

        void sautDeLigne() {
            octets.write(LF);
        }

        void lignes(String texte, int colonnes) {
            List<String> lignes = Coupure.lignes(texte, colonnes, ligne -> ligne.codePointCount(0, ligne.length()));
            for (String ligne : lignes) {
                octets.writeBytes(enWindows1252(ligne));
                sautDeLigne();
            }
        }

        /**
         * GS k 73 : le numéro en Code 128, jeu B (« &#123;B » en tête des données), que l’imprimante complète de sa
         * clé et de ses gardes.
         */
        void codeBarres(String numero) {
            commande(GS, 'h', 80);
            commande(GS, 'w', 3);
            commande(GS, 'H', 2);
            commande(GS, 'f', 0);
            byte[] donnees = ("{B" + numero).getBytes(WINDOWS_1252);
            commande(GS, 'k', 73, donnees.length);
            octets.writeBytes(donnees);
            sautDeLigne();
        }

        private byte[] enWindows1252(String texte) {
            var enOctets = new ByteArrayOutputStream(texte.length());
            texte.codePoints().forEach(c -> enOctets.writeBytes(caractere(c)));
            return enOctets.toByteArray();
        }

        private byte[] caractere(int c) {
            if (Character.isSpaceChar(c)) {
                return new byte[] {' '};
            }
            byte[] code = encoder(Character.toString(c));
            if (code != null) {
                return code;
            }
            // ő, ł, ç cédille d’ailleurs… : la lettre de base, sans son signe, si windows-1252 l’a.
            String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
            code = base.isEmpty() ? null : encoder(base);
            return code != null ? code : new byte[] {'?'};
        }

        private byte[] encoder(String texte) {
            try {
                ByteBuffer code = windows1252.reset().encode(CharBuffer.wrap(texte));
                byte[] octets = new byte[code.remaining()];
                code.get(octets);
                return octets;
            } catch (CharacterCodingException e) {
                return null;
            }
        }
    }
}
