package fr.predemande.recueil.internal;

import fr.predemande.demande.SaisieAuGuichet;
import fr.predemande.demande.Section;
import fr.predemande.web.FormulairesRepris;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ce que le recueil déclare aux pages communes : les formulaires du poste dont la saisie survit à l'expiration de la
 * session. Seules les corrections de section le sont : leur page se rouvre en GET à la même adresse, où l'agent
 * reconnecté retrouve ce qu'il avait tapé. Les autres envois du dossier (contrôles, timbres, numérisations,
 * transmission) sont brefs, ou sont des fichiers qu'une session ne doit pas porter.
 */
@Configuration(proxyBeanMethods = false)
class PagesDuRecueil {

    /** Ce qui suit {@code /mairie/dossiers/} dans l'adresse d'une section : le numéro de demande, puis la section. */
    static final Pattern SECTION_D_UN_DOSSIER = Pattern.compile("[0-9A-Za-z]{1,20}/sections/(?:"
            + Arrays.stream(Section.values())
                    .map(s -> Pattern.quote(s.chemin()))
                    .collect(Collectors.joining("|")) + ")");

    @Bean
    FormulairesRepris correctionsReprises(SaisieAuGuichet saisie) {
        return new FormulairesRepris(CheminsDuRecueil.DOSSIERS + "/", champsDesSections(saisie), SECTION_D_UN_DOSSIER);
    }

    /**
     * Les champs des sections tels que la page les envoie : les propriétés modifiables du formulaire de chaque section
     * (celui que {@link SaisieAuGuichet} met dans le modèle sous {@code formulaire}), le marqueur {@code _champ} des
     * cases à cocher, et la version du dossier lue par la page, qui fera voir au renvoi une modification faite
     * entre-temps. Le jeton CSRF n'en est jamais.
     */
    static Set<String> champsDesSections(SaisieAuGuichet saisie) {
        var champs = new HashSet<String>();
        champs.add("version");
        for (Section section : Section.values()) {
            Object formulaire =
                    saisie.afficher(saisie.vierge(), section).modele().get("formulaire");
            if (formulaire == null) {
                throw new IllegalStateException("La section " + section + " n'a pas de formulaire dans son modèle");
            }
            for (PropertyDescriptor propriete : BeanUtils.getPropertyDescriptors(formulaire.getClass())) {
                if (propriete.getWriteMethod() != null) {
                    champs.add(propriete.getName());
                    if (propriete.getPropertyType() == boolean.class) {
                        champs.add("_" + propriete.getName());
                    }
                }
            }
        }
        return champs;
    }
}
