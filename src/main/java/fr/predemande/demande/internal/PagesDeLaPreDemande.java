package fr.predemande.demande.internal;

import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.Section;
import fr.predemande.plateforme.CheminsSansSession;
import fr.predemande.web.CheminsPublics;
import fr.predemande.web.FormulairesRepris;
import java.beans.PropertyDescriptor;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Ce que le module déclare aux pages communes : le lien public du QR code, et les formulaires à reprendre. */
@Configuration(proxyBeanMethods = false)
class PagesDeLaPreDemande {

    /** Le lien du QR code s'ouvre sans connexion (page neutre) ; la pré-demande elle-même exige son titulaire. */
    @Bean
    CheminsPublics lienDuQrCode() {
        return CheminsPublics.de("/p/**");
    }

    /**
     * Le lien lui-même ne lit aucune session (robots, téléphones sans compte) ; un navigateur qui en présente une est
     * renvoyé vers sa suite, qui la lit ({@link QrCodeController}).
     */
    @Bean
    CheminsSansSession lienDuQrCodeSansSession() {
        return CheminsSansSession.de("/p/*");
    }

    /** Une section envoyée après l'expiration de la session est gardée, mais seulement ses champs. */
    @Bean
    FormulairesRepris sectionsReprises() {
        return new FormulairesRepris(CheminsDeLaPreDemande.PREFIXE, champsDesSections());
    }

    /** Les champs de toutes les sections (et les marqueurs des cases à cocher, {@code _champ}). */
    static Set<String> champsDesSections() {
        var champs = new HashSet<String>();
        for (Section section : Section.values()) {
            for (PropertyDescriptor propriete : BeanUtils.getPropertyDescriptors(Formulaires.classe(section))) {
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
