package fr.predemande.impression.internal;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Une imprimante ESC/POS de papier : lit les octets commande par commande, comme le ferait une imprimante thermique,
 * et rend ce qu’elle imprimerait, ligne par ligne, avec le style de chaque ligne. Une commande qu’elle ne connaît pas,
 * un texte sans table de caractères choisie ou une ligne trop longue pour le papier la font échouer : le test voit ce
 * qu’une vraie imprimante ferait de travers.
 *
 * <p>Commandes lues : ESC @, ESC t, ESC a, ESC E, ESC d, GS !, GS h, GS w, GS H, GS f, GS k (formats 65 à 79, longueur
 * en tête), GS V (coupe), LF.
 */
final class ImprimanteEscPos {

    /** Une ligne imprimée : son texte, gras ou non, sa largeur et sa hauteur de caractère (1 ou 2), son alignement. */
    record Ligne(String texte, boolean gras, int largeur, int hauteur, Alignement alignement) {}

    enum Alignement {
        GAUCHE,
        CENTRE,
        DROITE
    }

    /** Le ticket imprimé : ses lignes, les codes-barres (données brutes, jeu compris) et le nombre de coupes. */
    record Ticket(List<Ligne> lignes, List<String> codesBarres, int coupes, boolean coupeALaFin) {

        /** Le texte des lignes, comme on le lirait sur le papier (un code-barres y figure comme « ||| Code 128 |||»). */
        List<String> textes() {
            return lignes.stream().map(Ligne::texte).toList();
        }
    }

    static final String CODE_BARRES = "||||| Code 128 |||||";

    private static final int ESC = 0x1B, GS = 0x1D, LF = 0x0A;

    private final byte[] octets;
    private int position;
    private final List<Ligne> lignes = new ArrayList<>();
    private final List<String> codesBarres = new ArrayList<>();
    private final StringBuilder ligne = new StringBuilder();
    private int coupes;
    private boolean gras;
    private int largeur = 1, hauteur = 1;
    private Alignement alignement = Alignement.GAUCHE;
    private Charset table;
    private int texteSousLesBarres;

    private ImprimanteEscPos(byte[] octets) {
        this.octets = octets;
    }

    static Ticket imprimer(byte[] octets) {
        var imprimante = new ImprimanteEscPos(octets);
        boolean coupeALaFin = imprimante.lire();
        return new Ticket(
                List.copyOf(imprimante.lignes), List.copyOf(imprimante.codesBarres), imprimante.coupes, coupeALaFin);
    }

    /** Lit tout ; vrai si le dernier octet termine une coupe. */
    private boolean lire() {
        boolean coupeALaFin = false;
        while (position < octets.length) {
            int octet = suivant();
            coupeALaFin = false;
            if (octet == LF) {
                sortirLaLigne();
            } else if (octet == ESC) {
                commandeEsc(suivant());
            } else if (octet == GS) {
                coupeALaFin = commandeGs(suivant());
            } else if (octet < 0x20 || octet == 0x7F) {
                throw new IllegalStateException(
                        String.format("octet de contrôle inconnu %02X à la position %d", octet, position - 1));
            } else {
                if (table == null) {
                    throw new IllegalStateException("texte imprimé avant le choix d’une table de caractères (ESC t)");
                }
                ligne.append(new String(new byte[] {(byte) octet}, table));
            }
        }
        if (!ligne.isEmpty()) {
            throw new IllegalStateException("texte jamais imprimé, sans saut de ligne : " + ligne);
        }
        return coupeALaFin;
    }

    private void commandeEsc(int commande) {
        switch (commande) {
            case '@' -> {
                gras = false;
                largeur = 1;
                hauteur = 1;
                alignement = Alignement.GAUCHE;
                table = null;
                texteSousLesBarres = 0;
            }
            case 't' -> {
                int n = suivant();
                if (n != 16) {
                    throw new IllegalStateException("table de caractères " + n + " : seule WPC1252 (16) est simulée");
                }
                table = TicketEscPos.WINDOWS_1252;
            }
            case 'a' -> alignement = Alignement.values()[suivant() % 48];
            case 'E' -> gras = (suivant() & 1) == 1;
            case 'd' -> {
                int n = suivant();
                for (int i = 0; i < n; i++) {
                    sortirLaLigne();
                }
            }
            default -> throw new IllegalStateException(String.format("ESC %02X inconnue", commande));
        }
    }

    private boolean commandeGs(int commande) {
        switch (commande) {
            case '!' -> {
                int n = suivant();
                largeur = (n >> 4) + 1;
                hauteur = (n & 0x0F) + 1;
            }
            case 'h', 'w', 'f' -> suivant();
            case 'H' -> texteSousLesBarres = suivant() % 48;
            case 'k' -> {
                int format = suivant();
                if (format < 65 || format > 79) {
                    throw new IllegalStateException("GS k " + format + " : seuls les formats à longueur sont simulés");
                }
                int longueur = suivant();
                var donnees = new StringBuilder();
                for (int i = 0; i < longueur; i++) {
                    donnees.append((char) suivant());
                }
                if (format != 73) {
                    throw new IllegalStateException("GS k " + format + " : le récépissé imprime du Code 128 (73)");
                }
                codesBarres.add(donnees.toString());
                lignes.add(new Ligne(CODE_BARRES, false, 1, 1, alignement));
                if (texteSousLesBarres == 2 || texteSousLesBarres == 3) {
                    // Le texte lisible : les données sans les sélecteurs de jeu ({A, {B, {C).
                    lignes.add(new Ligne(donnees.toString().replaceAll("\\{[ABC]", ""), false, 1, 1, alignement));
                }
            }
            case 'V' -> {
                int mode = suivant();
                if (mode == 65 || mode == 66) {
                    suivant();
                }
                if (!ligne.isEmpty()) {
                    sortirLaLigne();
                }
                coupes++;
                return true;
            }
            default -> throw new IllegalStateException(String.format("GS %02X inconnue", commande));
        }
        return false;
    }

    private void sortirLaLigne() {
        String texte = ligne.toString();
        int colonnes = TicketEscPos.COLONNES / largeur;
        if (texte.length() > colonnes) {
            throw new IllegalStateException(
                    "ligne de " + texte.length() + " caractères pour " + colonnes + " colonnes : " + texte);
        }
        lignes.add(new Ligne(texte, gras, largeur, hauteur, alignement));
        ligne.setLength(0);
    }

    private int suivant() {
        if (position >= octets.length) {
            throw new IllegalStateException("commande tronquée à la fin du flux");
        }
        return octets[position++] & 0xFF;
    }
}
