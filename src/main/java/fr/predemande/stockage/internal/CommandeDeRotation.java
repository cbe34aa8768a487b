package fr.predemande.stockage.internal;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * La rotation des clés maîtresses en commande : {@code java -jar predemande.jar --predemande.stockage.rotation=true}
 * (avec la configuration des nœuds, nouvelle clé active comprise), qui tourne une fois puis arrête le processus ; code
 * de sortie 0 quand tous les documents sont sous la clé active (les anciennes peuvent quitter la configuration), 1
 * sinon, avec un message par document resté en arrière. Sans actionneur HTTP : rien à protéger sur le réseau.
 */
class CommandeDeRotation implements ApplicationRunner {

    private static final Logger JOURNAL = LoggerFactory.getLogger(CommandeDeRotation.class);

    private final RotationDesCles rotation;
    private final ConfigurableApplicationContext contexte;
    private final IntConsumer sortie;

    /** @param sortie reçoit le code de sortie ({@code System::exit} ; un test le garde) */
    CommandeDeRotation(RotationDesCles rotation, ConfigurableApplicationContext contexte, IntConsumer sortie) {
        this.rotation = rotation;
        this.contexte = contexte;
        this.sortie = sortie;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int code;
        try {
            var bilan = rotation.tourner();
            JOURNAL.info(
                    "Rotation des clés du stockage : {} clé(s) de document ré-enveloppée(s) sous « {} », {} document(s)"
                            + " ancien(s) chiffré(s), {} laissé(s) tel(s) quel(s)",
                    bilan.reenveloppes(),
                    bilan.cleActive(),
                    bilan.chiffres(),
                    bilan.echecs().size());
            if (bilan.complet()) {
                JOURNAL.info(
                        "Tous les documents sont sous la clé « {} » : les autres clés peuvent quitter"
                                + " predemande.stockage.chiffrement.cles",
                        bilan.cleActive());
                code = 0;
            } else {
                bilan.echecs().forEach(echec -> JOURNAL.error("Rotation incomplète : {}", echec));
                JOURNAL.error(
                        "Gardez les anciennes clés tant que ces documents en dépendent, puis relancez la rotation");
                code = 1;
            }
        } catch (RuntimeException e) {
            JOURNAL.error("Rotation des clés du stockage impossible : {}", e.getMessage(), e);
            code = 1;
        }
        int resultat = code;
        sortie.accept(SpringApplication.exit(contexte, () -> resultat));
    }
}
