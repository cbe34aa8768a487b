package fr.predemande.recueil.internal.api;

import org.springframework.http.HttpStatus;

/**
 * Les types de problème propres à l'API de recueil (RFC 9457, membre {@code type}). Leurs URI sont des identifiants
 * stables sous {@value #BASE} (domaine réservé à l'exemple : l'URI nomme le type, elle n'a pas à se charger), les
 * mêmes quelle que soit l'adresse du service ; un logiciel client les compare telles quelles. Les erreurs que le
 * statut HTTP suffit à dire (404 d'une adresse inconnue, 405, 406, 415, 500) ont le type {@code about:blank}.
 */
enum TypeDeProbleme {
    NUMERO_MAL_SAISI(
            "numero-mal-saisi",
            HttpStatus.BAD_REQUEST,
            "api.recueil.probleme.numero-mal-saisi.titre",
            "api.recueil.probleme.numero-mal-saisi.detail"),
    REQUETE_INVALIDE(
            "requete-invalide",
            HttpStatus.BAD_REQUEST,
            "api.recueil.probleme.requete-invalide.titre",
            "api.recueil.probleme.requete-invalide.detail"),
    CORPS_ILLISIBLE(
            "corps-illisible",
            HttpStatus.BAD_REQUEST,
            "api.recueil.probleme.corps-illisible.titre",
            "api.recueil.probleme.corps-illisible.detail"),
    PRE_DEMANDE_INCONNUE(
            "pre-demande-inconnue",
            HttpStatus.NOT_FOUND,
            "api.recueil.probleme.pre-demande-inconnue.titre",
            "api.recueil.probleme.pre-demande-inconnue.detail"),
    PRE_DEMANDE_DEJA_UTILISEE(
            "pre-demande-deja-utilisee",
            HttpStatus.CONFLICT,
            "api.recueil.probleme.pre-demande-deja-utilisee.titre",
            "api.recueil.probleme.pre-demande-deja-utilisee.detail"),
    PRE_DEMANDE_EN_COURS_DE_RECUEIL(
            "pre-demande-en-cours-de-recueil",
            HttpStatus.CONFLICT,
            "api.recueil.probleme.pre-demande-en-cours-de-recueil.titre",
            "api.recueil.probleme.pre-demande-en-cours-de-recueil.detail"),
    PRE_DEMANDE_EXPIREE(
            "pre-demande-expiree",
            HttpStatus.GONE,
            "api.recueil.probleme.pre-demande-expiree.titre",
            "api.recueil.probleme.pre-demande-expiree.detail"),
    PRE_DEMANDE_PURGEE(
            "pre-demande-purgee",
            HttpStatus.GONE,
            "api.recueil.probleme.pre-demande-purgee.titre",
            "api.recueil.probleme.pre-demande-purgee.detail"),
    LIMITE_DE_DEBIT(
            "limite-de-debit",
            HttpStatus.TOO_MANY_REQUESTS,
            "api.recueil.probleme.limite-de-debit.titre",
            "api.recueil.probleme.limite-de-debit.detail");

    static final String BASE = "https://predemande.example/problemes/";

    private final String code;
    private final HttpStatus statut;
    private final String cleTitre;
    private final String cleDetail;

    TypeDeProbleme(String code, HttpStatus statut, String cleTitre, String cleDetail) {
        this.code = code;
        this.statut = statut;
        this.cleTitre = cleTitre;
        this.cleDetail = cleDetail;
    }

    String uri() {
        return BASE + code;
    }

    HttpStatus statut() {
        return statut;
    }

    String cleTitre() {
        return cleTitre;
    }

    String cleDetail() {
        return cleDetail;
    }
}
