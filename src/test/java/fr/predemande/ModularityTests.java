package fr.predemande;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Les modules n'utilisent que l'API publique des autres, sans cycle ; leur documentation est régénérée dans docs/. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PredemandeApplication.class);

    @Test
    void lesModulesRespectentLeursFrontieres() {
        modules.verify();
    }

    @Test
    void laDocumentationDesModulesEstEcriteDansDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
