package fr.predemande.stockage.internal;

import fr.predemande.stockage.CoffreDesSecrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Des coffres des secrets sous des clés maîtresses choisies par le test, pour les tests des autres modules. */
public final class CoffresDeTest {

    private CoffresDeTest() {}

    /** Une clé maîtresse neuve, sous la forme d'une entrée de {@code predemande.stockage.chiffrement.cles}. */
    public static String nouvelleCle(String identifiant) {
        byte[] cle = new byte[32];
        new SecureRandom().nextBytes(cle);
        return identifiant + ":" + Base64.getEncoder().encodeToString(cle);
    }

    /** @param active l'identifiant de la clé des nouveaux secrets ; {@code null} avec une seule clé */
    public static CoffreDesSecrets coffre(String active, String... cles) {
        return new CoffreAesGcm(TrousseauDeCles.depuis(List.of(cles), active));
    }
}
