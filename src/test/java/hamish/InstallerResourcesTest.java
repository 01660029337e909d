package hamish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The files the installer profile hands jpackage in place of its own templates (src/installer/linux).
 * jpackage takes them as they are, so a lost key or placeholder would only show on an installed
 * machine; .ci/installer-check installs the package, this catches the same mistakes in a unit test.
 */
class InstallerResourcesTest {

    private static final Path LINUX = Path.of("src/installer/linux");

    @Test
    void theMenuEntryIsNamedInEnglishAndArabicAndStartsTheLauncher() throws IOException {
        Map<String, String> entry = desktopEntry(LINUX.resolve("hamish.desktop"));

        assertEquals("Hamish", entry.get("Name"));
        assertEquals("هامش", entry.get("Name[ar]"));
        assertEquals("Application", entry.get("Type"));
        // placeholders jpackage fills in with /opt/hamish/bin/hamish and /opt/hamish/lib/hamish.png
        assertEquals("APPLICATION_LAUNCHER", entry.get("Exec"));
        assertEquals("APPLICATION_ICON", entry.get("Icon"));
    }

    @Test
    void installingPutsTheLauncherAndTheMenuEntryInPlaceAndRemovingTakesBothAway() throws IOException {
        String postinst = Files.readString(LINUX.resolve("postinst"), StandardCharsets.UTF_8);
        String prerm = Files.readString(LINUX.resolve("prerm"), StandardCharsets.UTF_8);

        assertTrue(postinst.contains("ln -sf /opt/hamish/bin/hamish /usr/bin/hamish"), postinst);
        // jpackage names the entry it writes under /opt after the package and the launcher
        assertTrue(postinst.contains("/opt/hamish/lib/hamish-hamish.desktop /usr/share/applications/hamish.desktop"), postinst);
        assertTrue(prerm.contains("rm -f /usr/bin/hamish"), prerm);
        assertTrue(prerm.contains("rm -f /usr/share/applications/hamish.desktop"), prerm);
        // xdg-desktop-menu fails on a system without a desktop's menu folders, and with it the install
        assertTrue(!postinst.contains("DESKTOP_COMMANDS_INSTALL") && !prerm.contains("DESKTOP_COMMANDS_UNINSTALL"));
    }

    @Test
    void installingMakesTheClassArchiveTheLauncherNamesAndRemovingTakesItAway() throws IOException {
        String postinst = Files.readString(LINUX.resolve("postinst"), StandardCharsets.UTF_8);
        String prerm = Files.readString(LINUX.resolve("prerm"), StandardCharsets.UTF_8);
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);

        // a static archive (picocli's version-49 classes are left out of a dynamic one) of the runtime's class list and
        // one list run's, made at the class path the launcher gives (JDK 17 takes an archive only there), with
        // hamish.cfg's options
        assertTrue(postinst.contains("-XX:DumpLoadedClassList=\"$scratch/list.classes\" -cp \"$app/hamish.jar\""), postinst);
        assertTrue(postinst.contains("/opt/hamish/lib/runtime/lib/classlist"), postinst);
        assertTrue(postinst.contains("-Xshare:dump -XX:SharedClassListFile=\"$scratch/all.classes\" -XX:SharedArchiveFile=\"$app/hamish.jsa\""), postinst);
        assertTrue(postinst.contains("-cp \"$app/hamish.jar\" >/dev/null 2>&1\n    status=$?"), postinst);
        assertTrue(postinst.contains("app=/opt/hamish/lib/app") && postinst.contains("$app/hamish.cfg"), postinst);
        assertTrue(pom.contains("<argument>-XX:SharedArchiveFile=$APPDIR/hamish.jsa</argument>"), "the launcher names the archive");
        // a failed archive must not fail the install
        assertTrue(postinst.contains("make_class_archive || rm -f /opt/hamish/lib/app/hamish.jsa"), postinst);
        assertTrue(prerm.contains("rm -f /opt/hamish/lib/app/hamish.jsa"), prerm);
    }

    @Test
    void theLauncherStartsTheImagesJavaWithHamishCfgsOptions() throws IOException {
        String launcher = Files.readString(LINUX.resolve("hamish-launcher"), StandardCharsets.UTF_8);

        assertTrue(launcher.startsWith("#!/bin/bash\n"), launcher);
        assertTrue(launcher.contains("done < \"$app/hamish.cfg\""), launcher);
        assertTrue(launcher.contains("java=$home/lib/runtime/bin/java"), launcher);
        assertTrue(launcher.contains("exec \"$java\" \"${options[@]}\" -cp \"$classpath\" \"$main\" \"$@\""), launcher);
        // the window's own archive: written by its first start, used by the later ones, never with the CLI's archive
        assertTrue(launcher.contains("-XX:ArchiveClassesAtExit=\"$archive.$$\""), launcher);
        assertTrue(launcher.contains("exec \"$java\" \"${window[@]}\" -XX:SharedArchiveFile=\"$archive\""), launcher);
        assertTrue(launcher.contains("\"$main\" \"$@\""), "the arguments pass through as they are: " + launcher);
    }

    @Test
    void thePackageRecommendsGtkForTheWindowWithoutRequiringIt() throws IOException {
        Map<String, String> control = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LINUX.resolve("control"), StandardCharsets.UTF_8)) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                control.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }

        assertEquals("libgtk-3-0 | libgtk-3-0t64", control.get("Recommends"));
        assertEquals("PACKAGE_DEFAULT_DEPENDENCIES PACKAGE_CUSTOM_DEPENDENCIES", control.get("Depends"));
    }

    /** The keys of a desktop file's one group; a line that is neither a key nor the group header fails. */
    private static Map<String, String> desktopEntry(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("[Desktop Entry]", lines.get(0));
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            assertTrue(equals > 0, "not a key=value line: " + line);
            keys.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return keys;
    }
}
