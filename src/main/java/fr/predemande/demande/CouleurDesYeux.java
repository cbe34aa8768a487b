package fr.predemande.demande;

/** La couleur des yeux, pour un passeport seulement, telle que le formulaire national la propose (DOMAIN §3.2). */
public enum CouleurDesYeux {
    BLEU,
    VERT,
    GRIS,
    MARRON,
    NOIR,
    NOISETTE,
    VAIRONS,
    AUTRE
}
