package fr.predemande.stockage;

/**
 * Les petits secrets que d'autres modules doivent pouvoir relire en clair (un secret TOTP, qui sert à recalculer les
 * codes, ne peut pas être gardé sous forme d'empreinte), chiffrés au repos par les mêmes clés maîtresses que les
 * documents : AES-256-GCM sous une clé dérivée de la clé maîtresse, jamais la clé maîtresse elle-même.
 *
 * <p>Le contexte (par exemple la table, la colonne et l'identifiant de la ligne) est authentifié avec le secret : un
 * secret chiffré recopié sur une autre ligne ne se déchiffre pas.
 */
public interface CoffreDesSecrets {

    /** Chiffré sous la clé maîtresse active. */
    SecretChiffre chiffrer(byte[] secret, String contexte);

    /**
     * Le secret en clair.
     *
     * @throws IllegalStateException qui nomme la clé maîtresse, si elle manque à la configuration, si ce n'est pas elle
     *     qui a chiffré ce secret, ou s'il a été altéré ou recopié d'un autre contexte
     */
    byte[] dechiffrer(SecretChiffre secret, String contexte);

    /** L'identifiant de la clé maîtresse des nouveaux secrets ; un secret sous une autre est à rechiffrer. */
    String cleActive();
}
