package fr.predemande.impression;

/**
 * Met en page le récépissé de dépôt d’une demande, remis à l’usager au guichet de la mairie, dans les trois formes
 * qu’une station de recueil peut imprimer. Les trois portent les mêmes textes : en-tête, numéro de demande en gros
 * caractères et en code-barres Code 128, date et heure du dépôt, mairie, titulaire, titres demandés, droits de timbre
 * et timbres électroniques (masqués sauf leurs 4 derniers chiffres), consigne et adresse de suivi, ligne « Signature
 * du demandeur ». Sûr entre fils d’exécution.
 */
public interface GenerateurDeRecepisse {

    /**
     * Pour une imprimante thermique 80 mm pilotée comme une imprimante de bureau : un PDF d’une page de 80 mm de large,
     * texte et traits dans les 72 mm imprimables, hauteur ajustée au contenu, noir seulement. Les barres du code-barres
     * ont un nombre entier de points à 203 ppp, la résolution de ces imprimantes. Le document est préparé à chaque
     * dépôt : il coûte quelques millisecondes.
     */
    byte[] pdfThermique(Recepisse recepisse);

    /** Le même récépissé sur une page A4, en PDF/A-2b comme le récapitulatif, pour l’archiver ou l’imprimer au bureau. */
    byte[] pdfA4(Recepisse recepisse);

    /**
     * Le même récépissé en commandes ESC/POS, pour une imprimante thermique 80 mm qui reçoit des octets bruts (port
     * série, USB en mode brut, socket 9100) : police A, 48 colonnes sur les 72 mm imprimables (576 points à 203 ppp).
     *
     * <p>Les octets, dans l’ordre (hexadécimal ; LF = {@code 0A} ; « … » : du texte en windows-1252) :
     * <pre>
     * 1B 40                 ESC @        initialise l’imprimante
     * 1B 74 10              ESC t 16     table de caractères WPC1252 : le texte suit en windows-1252 (é = E9, € = 80)
     * 1B 61 01              ESC a 1      centré
     * 1B 45 01 … LF         ESC E 1      en-tête en gras
     * 1D 21 01 … LF 1D 21 00             titre en double hauteur (GS ! 1), puis taille normale (GS ! 0)
     * 1B 45 00 LF                        fin du gras, une ligne vide
     * … LF                               « Numéro de demande »
     * 1B 45 01 1D 21 11 … LF             le numéro en gras, double largeur et double hauteur (GS ! 0x11)
     * 1D 21 00 1B 45 00                  taille normale, fin du gras
     * 1D 68 50              GS h 80      barres de 80 points de haut (10 mm)
     * 1D 77 03              GS w 3       modules de 3 points (0,375 mm) : 13 caractères en jeu B tiennent en 534 points
     * 1D 48 02              GS H 2       le numéro en clair sous les barres
     * 1D 66 00              GS f 0       en police A
     * 1D 6B 49 n 7B 42 …    GS k 73      Code 128 : n = 2 + longueur du numéro, « &#123;B » choisit le jeu B, puis le numéro
     * LF
     * 1B 61 00              ESC a 0      aligné à gauche
     * 48 × « - » LF                      séparateur
     * pour chaque ligne : libellé LF, puis 1B 45 01 valeur(s) LF 1B 45 00
     * 48 × « - » LF
     * consigne de suivi LF, 1B 45 01 adresse LF 1B 45 00
     * LF LF LF LF                        la place de signer
     * 1B 61 01 32 × « _ » LF « Signature du demandeur » LF
     * 1D 56 42 00           GS V 66 0    avance jusqu’au couteau et coupe partielle
     * </pre>
     *
     * <p>Un texte plus long que sa ligne est coupé aux espaces (48 colonnes, 24 en double largeur). Aucun octet de
     * texte n’est une commande : les caractères de contrôle reçus sont retirés, et windows-1252 code tout caractère
     * imprimable au-dessus de {@code 1F}. Un caractère hors de windows-1252 perd son accent (ő → o) ou devient « ? » ;
     * l’espace insécable devient une espace.
     */
    byte[] escPos(Recepisse recepisse);
}
