package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.predemande.notification.Sms;
import fr.predemande.notification.internal.EnvoiSmpp.Adresse;
import fr.predemande.notification.internal.EnvoiSmpp.EchecSmpp;
import fr.predemande.support.ServeurSmppDeTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** L'envoi SMPP réel, face à un SMSC en mémoire qui garde ce qu'il reçoit. */
class EnvoiSmppTest {

    private static final String PORTABLE = "+33612345678";
    private static final String COURT =
            "Prédemande : votre pré-demande 7K3M9Q2XTB est validée. Présentez-vous en mairie avec ce numéro et vos justificatifs.";
    private static final String LONG_ET_ACCENTUE =
            "Prédemande : votre pré-demande 7K3M9Q2XTB est prête. Présentez-vous dans une mairie équipée avant le 12 mai 2027, avec ce numéro.";

    private ServeurSmppDeTest smsc;
    private final List<EnvoiSmpp> envois = new ArrayList<>();

    @BeforeEach
    void demarrer() throws Exception {
        smsc = new ServeurSmppDeTest();
    }

    @AfterEach
    void arreter() throws Exception {
        envois.forEach(EnvoiSmpp::destroy);
        smsc.close();
    }

    @Test
    void unSmsCourtPartEnUnSeulSubmitSmGsm7DuBonExpediteurAuBonDestinataire() {
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(sms(PORTABLE, COURT));

        assertThat(smsc.liaisons).singleElement().satisfies(liaison -> {
            assertThat(liaison.type()).isEqualTo(BindType.BIND_TX);
            assertThat(liaison.identifiant()).isEqualTo(ServeurSmppDeTest.IDENTIFIANT);
            assertThat(liaison.typeSysteme()).isEqualTo("PREDEM");
        });
        assertThat(smsc.recus).singleElement().satisfies(pdu -> {
            assertThat(pdu.getDestAddress()).isEqualTo("33612345678");
            assertThat(pdu.getDestAddrTon()).isEqualTo(TypeOfNumber.INTERNATIONAL.value());
            assertThat(pdu.getDestAddrNpi()).isEqualTo(NumberingPlanIndicator.ISDN.value());
            assertThat(pdu.getSourceAddr()).isEqualTo("PREDEMANDE");
            assertThat(pdu.getSourceAddrTon()).isEqualTo(TypeOfNumber.ALPHANUMERIC.value());
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(pdu.getEsmClass() & 0x40).as("pas d'en-tête UDH").isZero();
            assertThat(pdu.getShortMessage()).hasSize(COURT.length());
        });
        assertThat(relire(smsc.recus)).isEqualTo(COURT);
    }

    @Test
    void unSmsLongEtAccentuePartEnDeuxSegmentsUcs2Concatenes() {
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(sms(PORTABLE, LONG_ET_ACCENTUE));

        assertThat(smsc.recus).hasSize(2).allSatisfy(pdu -> {
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x08);
            assertThat(pdu.getEsmClass() & 0x40).as("indicateur UDHI").isEqualTo(0x40);
            assertThat(pdu.getDestAddress()).isEqualTo("33612345678");
            assertThat(pdu.getSourceAddr()).isEqualTo("PREDEMANDE");
            assertThat(pdu.getShortMessage().length).isLessThanOrEqualTo(140);
        });
        List<Segment> segments = smsc.recus.stream().map(Segment::de).toList();
        assertThat(segments)
                .extracting(Segment::reference)
                .containsOnly(segments.get(0).reference());
        assertThat(segments).extracting(Segment::total).containsOnly(2);
        assertThat(segments).extracting(Segment::numero).containsExactlyInAnyOrder(1, 2);
        assertThat(relire(smsc.recus)).isEqualTo(LONG_ET_ACCENTUE);
    }

    @Test
    void deuxSmsLongsDOriginesDifferentesOntDesReferencesDifferentes() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        // deux origines qu'on sait distinctes par leurs références (deux origines quelconques : une chance sur 256)
        envoi.envoyer(new Sms("pre-demande-validee/1", PORTABLE, LONG_ET_ACCENTUE));
        envoi.envoyer(new Sms("dossier-transmis/1", PORTABLE, LONG_ET_ACCENTUE));

        assertThat(smsc.recus).hasSize(4);
        assertThat(Segment.de(smsc.recus.get(0)).reference())
                .isNotEqualTo(Segment.de(smsc.recus.get(2)).reference());
        assertThat(referenceUtilisateur(smsc.recus.get(0))).isNotEqualTo(referenceUtilisateur(smsc.recus.get(2)));
    }

    @Test
    void unSmsRenvoyeApresUnRedemarragePorteLesMemesReferencesQueLePremierEnvoi() {
        // la relance par l'outbox après un arrêt brutal : le même événement, donc la même origine, dans un nouveau
        // processus (une nouvelle instance, sans rien de l'ancienne)
        var sms = new Sms("pre-demande-validee/" + UUID.randomUUID(), PORTABLE, LONG_ET_ACCENTUE);
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(sms);
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(sms);

        assertThat(smsc.recus).hasSize(4);
        List<SubmitSm> premier = smsc.recus.subList(0, 2);
        List<SubmitSm> renvoi = smsc.recus.subList(2, 4);
        assertThat(renvoi)
                .extracting(Segment::de)
                .as("mêmes segments, même référence de concaténation")
                .containsExactlyElementsOf(premier.stream().map(Segment::de).toList());
        assertThat(smsc.recus)
                .extracting(EnvoiSmppTest::referenceUtilisateur)
                .as("user_message_reference")
                .doesNotContainNull()
                .containsOnly(referenceUtilisateur(premier.get(0)));
        assertThat(referenceUtilisateur(premier.get(0)))
                .isEqualTo(EnvoiSmpp.References.de(sms).utilisateur());
    }

    @Test
    void unSmsCourtPorteAussiSaReferenceUtilisateur() {
        var sms = new Sms("dossier-transmis/" + UUID.randomUUID(), PORTABLE, COURT);
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(sms);

        assertThat(smsc.recus)
                .singleElement()
                .extracting(EnvoiSmppTest::referenceUtilisateur)
                .isEqualTo(EnvoiSmpp.References.de(sms).utilisateur());
    }

    @Test
    void lesReferencesDependentDeLOrigineEtDuDestinataire() {
        var references = EnvoiSmpp.References.de(new Sms("dossier-transmis/42", PORTABLE, COURT));
        assertThat(EnvoiSmpp.References.de(new Sms("dossier-transmis/42", PORTABLE, "Autre texte")))
                .isEqualTo(references);
        assertThat(EnvoiSmpp.References.de(new Sms("dossier-transmis/43", PORTABLE, COURT)))
                .isNotEqualTo(references);
        assertThat(EnvoiSmpp.References.de(new Sms("dossier-transmis/42", "+33612345679", COURT)))
                .isNotEqualTo(references);
    }

    @Test
    void unTexteDePlusDeDeuxSegmentsEstRefuseAvantToutEchange() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        assertThatIllegalArgumentException().isThrownBy(() -> envoi.envoyer(sms(PORTABLE, "ê".repeat(135))));
        assertThatIllegalArgumentException().isThrownBy(() -> envoi.envoyer(sms(PORTABLE, "a".repeat(307))));
        assertThat(smsc.liaisons).isEmpty();
        assertThat(smsc.recus).isEmpty();
    }

    @Test
    void desEnvoisSimultanesPartagentUneSeuleLiaison() throws Exception {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        List<Callable<Void>> taches = IntStream.range(0, 20)
                .<Callable<Void>>mapToObj(n -> () -> {
                    envoi.envoyer(sms("+336120000" + String.format("%02d", n), "Message " + n));
                    return null;
                })
                .toList();
        var fils = Executors.newFixedThreadPool(8);
        try {
            for (var resultat : fils.invokeAll(taches)) {
                resultat.get();
            }
        } finally {
            fils.shutdownNow();
        }
        assertThat(smsc.recus).hasSize(20);
        assertThat(smsc.recus).extracting(SubmitSm::getDestAddress).doesNotHaveDuplicates();
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(1);
    }

    @Test
    void uneLiaisonCoupeeParLeSmscEstRouverteAuProchainEnvoi() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        envoi.envoyer(sms(PORTABLE, "Premier"));
        smsc.couperLesLiaisons();
        await().atMost(Duration.ofSeconds(5)).until(() -> !envoi.etat().isBound());

        envoi.envoyer(sms(PORTABLE, "Second"));

        assertThat(smsc.recus)
                .extracting(pdu -> new String(pdu.getShortMessage(), StandardCharsets.US_ASCII))
                .containsExactly("Premier", "Second");
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(2);
    }

    @Test
    void unMauvaisMotDePasseFaitEchouerLEnvoi() {
        var envoi = envoi("faux");
        assertThatThrownBy(() -> envoi.envoyer(sms(PORTABLE, COURT)))
                .isInstanceOf(EchecSmpp.class)
                .hasMessageContaining("Liaison SMPP impossible");
        assertThat(smsc.liaisons)
                .singleElement()
                .extracting(ServeurSmppDeTest.Liaison::acceptee)
                .isEqualTo(false);
        assertThat(smsc.recus).isEmpty();
    }

    @Test
    void unSmscInjoignableFaitEchouerLEnvoi() throws Exception {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        smsc.close();
        assertThatThrownBy(() -> envoi.envoyer(sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class);
    }

    @Test
    void unRefusDuSmscFaitEchouerLEnvoiSansCouperLaLiaison() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        smsc.refus = SMPPConstant.STAT_ESME_RTHROTTLED;
        assertThatThrownBy(() -> envoi.envoyer(sms(PORTABLE, COURT)))
                .isInstanceOf(EchecSmpp.class)
                .hasMessageContaining("0x58");

        smsc.refus = 0;
        envoi.envoyer(sms(PORTABLE, COURT));
        assertThat(smsc.recus).hasSize(1);
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(1);
    }

    @Test
    void lArretDeLApplicationDelieProprementLaSession() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        envoi.envoyer(sms(PORTABLE, COURT));

        envoi.destroy();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(smsc.etats).contains(SessionState.UNBOUND));
        assertThatThrownBy(() -> envoi.envoyer(sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class);
    }

    @Test
    void lExpediteurEstUnNomUnNumeroInternationalOuUnNumeroCourt() {
        assertThat(Adresse.expediteur("PREDEMANDE"))
                .isEqualTo(new Adresse(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "PREDEMANDE"));
        assertThat(Adresse.expediteur("+33700000000"))
                .isEqualTo(new Adresse(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "33700000000"));
        assertThat(Adresse.expediteur("38000"))
                .isEqualTo(new Adresse(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, "38000"));
        assertThatIllegalArgumentException().isThrownBy(() -> Adresse.expediteur("PREDEMANDE-FR"));
        assertThatIllegalArgumentException().isThrownBy(() -> Adresse.expediteur("Prédemande ê"));
    }

    private static final AtomicInteger ORIGINES = new AtomicInteger();

    /** Un SMS d'une origine neuve : chaque appel est un message distinct. */
    private static Sms sms(String destinataire, String texte) {
        return new Sms("test/" + ORIGINES.incrementAndGet(), destinataire, texte);
    }

    private EnvoiSmpp envoi(String motDePasse) {
        var envoi = new EnvoiSmpp(new ReglagesDesNotifications.Smpp(
                "localhost",
                smsc.port,
                ServeurSmppDeTest.IDENTIFIANT,
                motDePasse,
                "PREDEMANDE",
                "PREDEM",
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                Duration.ofSeconds(2)));
        envois.add(envoi);
        return envoi;
    }

    /** Un submit_sm lu comme un téléphone : en-tête de concaténation éventuel, puis texte selon data_coding. */
    record Segment(int reference, int total, int numero, String texte) {

        static Segment de(SubmitSm pdu) {
            byte[] octets = pdu.getShortMessage();
            int reference = 0;
            int total = 1;
            int numero = 1;
            int debut = 0;
            if ((pdu.getEsmClass() & 0x40) != 0) {
                int longueurUdh = octets[0] & 0xFF;
                assertThat(octets[1]).as("IEI concaténation, référence 8 bits").isEqualTo((byte) 0x00);
                assertThat(octets[2]).isEqualTo((byte) 0x03);
                reference = octets[3] & 0xFF;
                total = octets[4] & 0xFF;
                numero = octets[5] & 0xFF;
                debut = longueurUdh + 1;
            }
            byte[] charge = java.util.Arrays.copyOfRange(octets, debut, octets.length);
            String texte = switch (pdu.getDataCoding()) {
                case 0x00 -> EncodageSms.decoderGsm7(charge);
                case 0x08 -> new String(charge, StandardCharsets.UTF_16BE);
                default -> throw new AssertionError("data_coding inattendu : " + pdu.getDataCoding());
            };
            return new Segment(reference, total, numero, texte);
        }
    }

    /** Le {@code user_message_reference} (TLV 0x0204) d'un submit_sm, {@code null} s'il n'en porte pas. */
    private static Short referenceUtilisateur(SubmitSm pdu) {
        var tlv = pdu.getOptionalParameter(OptionalParameter.Tag.USER_MESSAGE_REFERENCE);
        return tlv == null ? null : ((OptionalParameter.Short) tlv).getValue();
    }

    private static String relire(List<SubmitSm> pdus) {
        return pdus.stream()
                .map(Segment::de)
                .sorted(Comparator.comparingInt(Segment::numero))
                .map(Segment::texte)
                .reduce("", String::concat);
    }
}
