<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptAllQuestion</name>
    <message>
        <source>Accept All Changes</source>
        <translation>Alle Änderungen annehmen</translation>
    </message>
    <message>
        <source>Flagged: %1 of the %2 pending changes. Accept those too?</source>
        <translation>Markiert: %1 der %2 offenen Änderungen. Auch diese annehmen?</translation>
    </message>
    <message>
        <source>A flag means a check found something to look at first: a fact or negation that changed, Markdown structure, or an error the rewrite brought in. Flagged changes you leave stay pending.</source>
        <translation>Eine Markierung heißt, dass eine Prüfung etwas gefunden hat, das Sie sich zuerst ansehen sollten: einen geänderten Fakt oder eine geänderte Verneinung, Markdown-Struktur oder einen Fehler, den die Umformulierung eingebracht hat. Markierte Änderungen, die Sie auslassen, bleiben offen.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Alle außer &amp;markierten annehmen</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Alle annehmen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new draft</source>
        <translation>Einen neuen Entwurf beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a text, Markdown, Word or review file</source>
        <translation>Eine Text-, Markdown-, Word- oder Überarbeitungsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Translator Mode…</source>
        <translation>&amp;Übersetzungsmodus…</translation>
    </message>
    <message>
        <source>Check and polish a translation: XLIFF, PO, TMX or CSV</source>
        <translation>Eine Übersetzung prüfen und verbessern: XLIFF, PO, TMX oder CSV</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Den Entwurf speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the draft under a new name</source>
        <translation>Den Entwurf unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Über&amp;arbeitung speichern unter…</translation>
    </message>
    <message>
        <source>Save both texts and every decision as a .humanize review file</source>
        <translation>Beide Texte und alle Entscheidungen als .humanize-Überarbeitungsdatei speichern</translation>
    </message>
    <message>
        <source>Export Final &amp;Text…</source>
        <translation>Endgültigen &amp;Text exportieren…</translation>
    </message>
    <message>
        <source>Save the draft with the decisions made so far</source>
        <translation>Den Entwurf mit den bisher getroffenen Entscheidungen speichern</translation>
    </message>
    <message>
        <source>Export Change &amp;Report (HTML)…</source>
        <translation>Änderungs&amp;bericht exportieren (HTML)…</translation>
    </message>
    <message>
        <source>Save a web page listing every change and decision</source>
        <translation>Eine Webseite mit allen Änderungen und Entscheidungen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Humanize Desktop</source>
        <translation>Humanize Desktop beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last edit or decision</source>
        <translation>Die letzte Bearbeitung oder Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find text in the focused pane</source>
        <translation>Text im aktiven Bereich suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Grammar engine, languages, dictionaries, autosave and theme</source>
        <translation>Grammatikprüfung, Sprachen, Wörterbücher, automatisches Speichern und Erscheinungsbild</translation>
    </message>
    <message>
        <source>What I&apos;ve &amp;Learned…</source>
        <translation>&amp;Gelerntes…</translation>
    </message>
    <message>
        <source>What was learned from your decisions; switch it off or forget it</source>
        <translation>Was aus Ihren Entscheidungen gelernt wurde; abschalten oder vergessen</translation>
    </message>
    <message>
        <source>&amp;Humanize</source>
        <translation>&amp;Humanisieren</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model, paragraph by paragraph</source>
        <translation>Den Entwurf Absatz für Absatz mit dem lokalen Modell umschreiben</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop humanizing; keep what is done</source>
        <translation>Humanisieren anhalten; Fertiges bleibt erhalten</translation>
    </message>
    <message>
        <source>Learn a &amp;Voice…</source>
        <translation>&amp;Stimme lernen…</translation>
    </message>
    <message>
        <source>Learn your own voice from files you wrote, for rewrites to follow</source>
        <translation>Ihre eigene Stimme aus selbst geschriebenen Dateien lernen, damit Umschreibungen ihr folgen</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Go to the next pending change</source>
        <translation>Zur nächsten offenen Änderung springen</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Go to the previous pending change</source>
        <translation>Zur vorherigen offenen Änderung springen</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>Änderung &amp;annehmen</translation>
    </message>
    <message>
        <source>Take the suggestion&apos;s text into the draft</source>
        <translation>Den Text des Vorschlags in den Entwurf übernehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>Änderung a&amp;blehnen</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text</source>
        <translation>Den Text des Entwurfs behalten</translation>
    </message>
    <message>
        <source>Accept and Go to &amp;Next</source>
        <translation>Annehmen und &amp;weiter</translation>
    </message>
    <message>
        <source>Accept this change and show the next one</source>
        <translation>Diese Änderung annehmen und die nächste zeigen</translation>
    </message>
    <message>
        <source>Reject and Go to Ne&amp;xt</source>
        <translation>Ablehnen und w&amp;eiter</translation>
    </message>
    <message>
        <source>Reject this change and show the next one</source>
        <translation>Diese Änderung ablehnen und die nächste zeigen</translation>
    </message>
    <message>
        <source>&amp;Edit Change…</source>
        <translation>Änderung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Write your own version of this change</source>
        <translation>Eine eigene Fassung dieser Änderung schreiben</translation>
    </message>
    <message>
        <source>A&amp;lternatives…</source>
        <translation>A&amp;lternativen…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings of this change</source>
        <translation>Das Modell nach anderen Formulierungen für diese Änderung fragen</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>A&amp;lle Änderungen annehmen</translation>
    </message>
    <message>
        <source>Take every pending change into the draft</source>
        <translation>Alle offenen Änderungen in den Entwurf übernehmen</translation>
    </message>
    <message>
        <source>Accept All but &amp;Flagged</source>
        <translation>Alle außer &amp;markierten annehmen</translation>
    </message>
    <message>
        <source>Take every pending change without a flag into the draft; flagged ones stay pending</source>
        <translation>Jede offene Änderung ohne Markierung in den Entwurf übernehmen; markierte bleiben offen</translation>
    </message>
    <message>
        <source>Re&amp;ject All Changes</source>
        <translation>Alle Änderungen ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Keep the draft as it is and drop every pending change</source>
        <translation>Den Entwurf unverändert lassen und alle offenen Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Check grammar, spelling and style in both texts</source>
        <translation>Grammatik, Rechtschreibung und Stil in beiden Texten prüfen</translation>
    </message>
    <message>
        <source>Next &amp;Finding</source>
        <translation>Nächster &amp;Hinweis</translation>
    </message>
    <message>
        <source>Go to the next grammar, spelling or style finding</source>
        <translation>Zum nächsten Grammatik-, Rechtschreib- oder Stilhinweis springen</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the list of changes and findings</source>
        <translation>Die Liste der Änderungen und Hinweise ein- oder ausblenden</translation>
    </message>
    <message>
        <source>AI-Likeness &amp;Strips</source>
        <translation>KI-Ähnlichkeits&amp;leisten</translation>
    </message>
    <message>
        <source>Show how machine-like each sentence reads, beside each pane</source>
        <translation>Neben jedem Bereich zeigen, wie maschinell jeder Satz wirkt</translation>
    </message>
    <message>
        <source>S&amp;witch Pane</source>
        <translation>Bereich &amp;wechseln</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the other pane</source>
        <translation>Den Tastaturfokus in den anderen Bereich verschieben</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>Choose, import and configure local models</source>
        <translation>Lokale Modelle auswählen, importieren und einstellen</translation>
    </message>
    <message>
        <source>&amp;Get Models…</source>
        <translation>Modelle &amp;holen…</translation>
    </message>
    <message>
        <source>Download a recommended model, or import one you copied in</source>
        <translation>Ein empfohlenes Modell herunterladen oder ein kopiertes importieren</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>Engine &amp;neu starten</translation>
    </message>
    <message>
        <source>Stop and start the model engine again</source>
        <translation>Die Modell-Engine anhalten und neu starten</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Humanize Desktop</source>
        <translation>Ü&amp;ber Humanize Desktop</translation>
    </message>
</context>
<context>
    <name>AlternativesDialog</name>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>Other ways to say “%1”:</source>
        <translation>Andere Formulierungen für „%1“:</translation>
    </message>
    <message>
        <source>Alternative wordings</source>
        <translation>Alternative Formulierungen</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>Das Modell wird gefragt…</translation>
    </message>
    <message>
        <source>&amp;Use This Wording</source>
        <translation>Diese Formulierung &amp;verwenden</translation>
    </message>
    <message>
        <source>The model found no other wording that keeps the meaning.</source>
        <translation>Das Modell hat keine andere Formulierung gefunden, die den Sinn bewahrt.</translation>
    </message>
    <message>
        <source>In place: %1</source>
        <translation>Im Text: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Settings</source>
        <extracomment>How often Python switches threads. The window&apos;s code needs the interpreter lock for every paint and slot; with worker threads busy (checks, the rewrite) the default 5 ms wait per hand-over adds up to visible stalls, 1 ms does not. The reverse-DNS id of the desktop entry, AppStream file and icons (packaging/linux/): Wayland compositors and docks find the app&apos;s name and icon through it.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Some settings were ignored: %1</source>
        <translation>Einige Einstellungen wurden ignoriert: %1</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Models recommended for this app. Nothing is downloaded until you press Download: the app then fetches the model file from huggingface.co and nothing else. Your text never leaves this computer.</source>
        <extracomment>Column of the table that shows each model&apos;s download status. The person imported or downloaded a model and wants to see it in the first tab.</extracomment>
        <translation>Für diese App empfohlene Modelle. Heruntergeladen wird erst, wenn Sie auf „Herunterladen“ klicken: Dann holt die App die Modelldatei von huggingface.co und sonst nichts. Ihr Text verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Models you can download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <source>Fit for this computer</source>
        <translation>Eignung für diesen Computer</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Downloadfortschritt</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>Discard &amp;Unfinished Download</source>
        <translation>&amp;Unfertigen Download verwerfen</translation>
    </message>
    <message>
        <source>Use This &amp;Model</source>
        <translation>Dieses &amp;Modell verwenden</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>GGUF &amp;importieren…</translation>
    </message>
    <message>
        <source>Without internet: copy a .gguf file in from a USB stick or another folder</source>
        <translation>Ohne Internet: eine .gguf-Datei von einem USB-Stick oder aus einem anderen Ordner kopieren</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Approximate size</source>
        <translation>Ungefähre Größe</translation>
    </message>
    <message>
        <source>Checking the unfinished download…</source>
        <translation>Unfertiger Download wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading: %1%</source>
        <translation>Wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source>Downloaded, verified</source>
        <translation>Heruntergeladen, geprüft</translation>
    </message>
    <message>
        <source>Downloaded, cannot verify</source>
        <translation>Heruntergeladen, nicht prüfbar</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unfinished: %1 of %2</source>
        <translation>Unfertig: %1 von %2</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Lizenz: %1.</translation>
    </message>
    <message>
        <source>&amp;Resume Download</source>
        <translation>Download &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Download (%1)</source>
        <translation>&amp;Herunterladen (%1)</translation>
    </message>
    <message>
        <source>Checking the unfinished download: %1 of %2</source>
        <translation>Unfertiger Download wird geprüft: %1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 min left</source>
        <translation> · noch etwa %1 min</translation>
    </message>
    <message>
        <source> · less than a minute left</source>
        <translation> · noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>Verified: the file&apos;s SHA-256 matches the catalog. %1</source>
        <translation>Geprüft: Die SHA-256-Prüfsumme der Datei stimmt mit dem Katalog überein. %1</translation>
    </message>
    <message>
        <source>Cannot verify: the catalog publishes no checksum for this file. %1</source>
        <translation>Nicht prüfbar: Der Katalog nennt für diese Datei keine Prüfsumme. %1</translation>
    </message>
    <message>
        <source>On this computer; choose it in the model picker or with Use This Model.</source>
        <translation>Auf diesem Computer; wählen Sie es in der Modellauswahl oder mit „Dieses Modell verwenden“.</translation>
    </message>
    <message>
        <source>An unfinished download is kept; Resume continues where it stopped.</source>
        <translation>Ein unfertiger Download ist gespeichert; „Fortsetzen“ macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The catalog publishes no checksum for this file, so the download cannot be verified.</source>
        <translation>Der Katalog nennt für diese Datei keine Prüfsumme, daher kann der Download nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ChangeDelegate</name>
    <message>
        <source>Addition</source>
        <translation>Ergänzung</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Streichung</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
</context>
<context>
    <name>ChangePopup</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Take the suggestion into the draft (Alt+Left)</source>
        <translation>Den Vorschlag in den Entwurf übernehmen (Alt+Links)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Keep the draft&apos;s text (Alt+Right)</source>
        <translation>Den Text des Entwurfs behalten (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Write your own version of this change (F2)</source>
        <translation>Eine eigene Fassung dieser Änderung schreiben (F2)</translation>
    </message>
    <message>
        <source>Alternatives…</source>
        <translation>Alternativen…</translation>
    </message>
    <message>
        <source>Ask the model for other wordings</source>
        <translation>Das Modell nach anderen Formulierungen fragen</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Fact changed</source>
        <extracomment>What the flags of a change are, cheaply (for the row picture cache): no words, no translation. &quot;Rule: …&quot; / &quot;Model: …&quot;: where the change came from and why, in the interface language (&quot;&quot; if unknown). Row pictures kept by the delegate (a screenful is about 20).</extracomment>
        <translation>Fakt geändert</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <source>Certainty changed</source>
        <translation>Gewissheit geändert</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Geschützter Begriff</translation>
    </message>
    <message>
        <source>Structure changed</source>
        <translation>Struktur geändert</translation>
    </message>
    <message>
        <source>Meaning drift</source>
        <translation>Sinnverschiebung</translation>
    </message>
    <message>
        <source>Error introduced</source>
        <translation>Fehler eingefügt</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>horizontal rule</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <source>emphasis</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>code block</source>
        <translation>Codeblock</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Structure changed: %1</source>
        <translation>Struktur geändert: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Bereinigung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add “%s”</source>
        <translation>„%s“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%s”</source>
        <translation>„%s“ entfernen</translation>
    </message>
    <message>
        <source>“%1” to “%2”</source>
        <translation>„%1“ zu „%2“</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2</source>
        <translation>Entwurf: %1
Vorschlag: %2</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Pending changes</source>
        <extracomment>A decided change was clicked: its place in the draft (start, end).</extracomment>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <source>Decided changes</source>
        <translation>Entschiedene Änderungen</translation>
    </message>
    <message>
        <source>Changes still to decide</source>
        <translation>Noch zu entscheidende Änderungen</translation>
    </message>
    <message>
        <source>Changes you accepted, rejected or reworded; click one to see it in the text</source>
        <translation>Änderungen, die Sie angenommen, abgelehnt oder selbst formuliert haben; ein Klick zeigt sie im Text</translation>
    </message>
    <message>
        <source>Pending (%1)</source>
        <translation>Offen (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Entschieden (%1)</translation>
    </message>
    <message>
        <source>Decisions made: %1. Click one to see where it is in the text.</source>
        <translation>Getroffene Entscheidungen: %1. Ein Klick zeigt, wo sie im Text steht.</translation>
    </message>
    <message>
        <source>Nothing decided yet. Accepted, rejected and reworded changes are listed here.</source>
        <translation>Noch nichts entschieden. Angenommene, abgelehnte und selbst formulierte Änderungen stehen hier.</translation>
    </message>
    <message>
        <source>Humanizing… Changes appear here as paragraphs are rewritten.</source>
        <translation>Wird humanisiert… Die Änderungen erscheinen hier, sobald Absätze umgeschrieben sind.</translation>
    </message>
    <message>
        <source>No suggestion yet. Humanize the draft to see changes here.</source>
        <translation>Noch kein Vorschlag. Humanisieren Sie den Entwurf, um hier die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Humanizing… Pending changes so far: %1</source>
        <translation>Wird humanisiert… Bisher offene Änderungen: %1</translation>
    </message>
    <message>
        <source>No differences: the suggestion says the same as the draft.</source>
        <translation>Keine Unterschiede: Der Vorschlag lautet genauso wie der Entwurf.</translation>
    </message>
    <message>
        <source>All changes decided. Decisions made: %1.</source>
        <translation>Über alle Änderungen ist entschieden. Getroffene Entscheidungen: %1.</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <translation>Offene Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>ChecksUi</name>
    <message>
        <source>AI-likeness %1</source>
        <translation>KI-Ähnlichkeit %1</translation>
    </message>
    <message>
        <source>Average of the sentence strip beside this pane: 0 reads like a person, 1 machine-made. A signal, not a verdict.</source>
        <translation>Durchschnitt der Satzleiste neben diesem Bereich: 0 wirkt menschlich, 1 maschinell. Ein Hinweis, kein Urteil.</translation>
    </message>
    <message>
        <source>Language: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sprache: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading grade: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lesestufe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>KI-Ähnlichkeit: Entwurf &lt;b&gt;%1&lt;/b&gt; → Vorschlag &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>AI-likeness of the draft: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>KI-Ähnlichkeit des Entwurfs: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checks run as you type. Press F7 to check now.</source>
        <translation>Die Prüfungen laufen beim Tippen. Mit F7 sofort prüfen.</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>herzlich</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>formal</source>
        <translation>förmlich</translation>
    </message>
    <message>
        <source>curt</source>
        <translation>schroff</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>Tone: draft &lt;b&gt;%1&lt;/b&gt; → suggestion &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Ton: Entwurf &lt;b&gt;%1&lt;/b&gt; → Vorschlag &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Formality %1 → %2, sentiment %3 → %4</source>
        <translation>Förmlichkeit %1 → %2, Stimmung %3 → %4</translation>
    </message>
    <message>
        <source>Draft %1&lt;br&gt;Suggestion %2</source>
        <translation>Entwurf %1&lt;br&gt;Vorschlag %2</translation>
    </message>
    <message>
        <source>Tone of the draft: &lt;b&gt;%1&lt;/b&gt; (formality %2, sentiment %3)</source>
        <translation>Ton des Entwurfs: &lt;b&gt;%1&lt;/b&gt; (Förmlichkeit %2, Stimmung %3)</translation>
    </message>
    <message>
        <source>(remove)</source>
        <translation>(entfernen)</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>Durch „%1“ ersetzen</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConnectorBand</name>
    <message>
        <source>Change links</source>
        <translation>Verbindungen der Änderungen</translation>
    </message>
    <message>
        <source>Accept this change</source>
        <translation>Diese Änderung annehmen</translation>
    </message>
    <message>
        <source>Reject this change</source>
        <translation>Diese Änderung ablehnen</translation>
    </message>
    <message>
        <source>Show this change</source>
        <translation>Diese Änderung zeigen</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>Dashes are frequent in this text ({rate} per 1,000 words); machine prose overuses them. A comma, colon or full stop often reads better.</source>
        <translation>Gedankenstriche sind in diesem Text häufig ({rate} pro 1.000 Wörter); maschinelle Texte setzen sie zu oft. Ein Komma, ein Doppelpunkt oder ein Punkt liest sich oft besser.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; it can usually go.</source>
        <translation>„{phrase}“ ist in maschinell geschriebenen Texten häufig; es kann meist entfallen.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is common in machine-written text; plainer: {alternatives}.</source>
        <translation>„{phrase}“ ist in maschinell geschriebenen Texten häufig; schlichter: {alternatives}.</translation>
    </message>
    <message>
        <source>{count} lists of three in one paragraph (&apos;{phrase}&apos;); machine prose leans on the rule of three, so keep the items that matter.</source>
        <translation>{count} Dreieraufzählungen in einem Absatz („{phrase}“); maschinelle Texte lieben die Dreizahl – behalten Sie nur, was zählt.</translation>
    </message>
    <message>
        <source>These {count} sentences are all about the same length ({shortest}–{longest} words); varying the rhythm reads more naturally.</source>
        <translation>Diese {count} Sätze sind alle etwa gleich lang ({shortest}–{longest} Wörter); ein wechselnder Rhythmus liest sich natürlicher.</translation>
    </message>
    <message>
        <source>{name}: only the body text is used; {parts} left as {as_is}</source>
        <translation>{name}: nur der Fließtext wird verwendet; {parts} bleiben unverändert</translation>
    </message>
    <message>
        <source>{path} is saved as a new Word file without the original&apos;s formatting: {problem}</source>
        <translation>{path} wird als neue Word-Datei ohne die Formatierung des Originals gespeichert: {problem}</translation>
    </message>
    <message>
        <source>{path} is written as UTF-8: the text has characters that {encoding} cannot store</source>
        <translation>{path} wird als UTF-8 geschrieben: Der Text enthält Zeichen, die {encoding} nicht speichern kann</translation>
    </message>
    <message>
        <source>{name} has tracked changes: the text is shown with them accepted; saving keeps them, and your edits are saved as plain text</source>
        <translation>{name} enthält nachverfolgte Änderungen: Der Text wird so gezeigt, als wären sie angenommen; beim Speichern bleiben sie erhalten, und Ihre Bearbeitungen werden als normaler Text gespeichert</translation>
    </message>
    <message>
        <source>{count} control characters that a Word file cannot hold are left out</source>
        <translation>{count} Steuerzeichen, die eine Word-Datei nicht aufnehmen kann, werden weggelassen</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: “{words}” is a field Word fills in ({field}); your change to it lasts only until Word updates its fields</source>
        <translation>Absatz {paragraph}: „{words}“ ist ein Feld, das Word ausfüllt ({field}); Ihre Änderung daran gilt nur, bis Word seine Felder aktualisiert</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the field “{words}” ({field}) is removed, because all its words are</source>
        <translation>Absatz {paragraph}: Das Feld „{words}“ ({field}) wird entfernt, weil alle seine Wörter entfernt werden</translation>
    </message>
    <message>
        <source>paragraph {paragraph}: the link on “{words}” is removed, because all its words are</source>
        <translation>Absatz {paragraph}: Der Link auf „{words}“ wird entfernt, weil alle seine Wörter entfernt werden</translation>
    </message>
    <message>
        <source>paragraph {paragraph} (“{words}”) is removed, and with it its {parts}</source>
        <translation>Absatz {paragraph} („{words}“) wird entfernt und mit ihm seine {parts}</translation>
    </message>
    <message>
        <source>paragraph {paragraph} has tracked changes: they are kept, but your edits there are saved as plain text, not as tracked changes</source>
        <translation>Absatz {paragraph} enthält nachverfolgte Änderungen: Sie bleiben erhalten, aber Ihre Bearbeitungen dort werden als normaler Text gespeichert, nicht als nachverfolgte Änderungen</translation>
    </message>
    <message>
        <source>a clause of the draft is missing here: &apos;{clause}&apos;</source>
        <translation>hier fehlt ein Satzteil des Entwurfs: „{clause}“</translation>
    </message>
    <message>
        <source>a sentence of the draft is missing: &apos;{sentence}&apos;</source>
        <translation>ein Satz des Entwurfs fehlt: „{sentence}“</translation>
    </message>
    <message>
        <source>words that carry the draft&apos;s meaning are missing: {words}</source>
        <translation>Wörter, die den Sinn des Entwurfs tragen, fehlen: {words}</translation>
    </message>
    <message>
        <source>the suggestion adds something the draft does not say: &apos;{words}&apos;</source>
        <translation>der Vorschlag fügt etwas hinzu, das der Entwurf nicht sagt: „{words}“</translation>
    </message>
    <message>
        <source>the suggestion uses words the draft has no counterpart for: {words}</source>
        <translation>der Vorschlag verwendet Wörter, für die der Entwurf keine Entsprechung hat: {words}</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>der Geltungsbereich hat sich geändert: „{before}“ wurde zu „{after}“</translation>
    </message>
    <message>
        <source>the scope changed: &apos;{after}&apos; was added</source>
        <translation>der Geltungsbereich hat sich geändert: „{after}“ kam hinzu</translation>
    </message>
    <message>
        <source>the scope widened: &apos;{before}&apos; was dropped</source>
        <translation>der Geltungsbereich wurde weiter: „{before}“ fiel weg</translation>
    </message>
    <message>
        <source>who does what changed: &apos;{first}&apos; and &apos;{second}&apos; swapped places around &apos;{verb}&apos;</source>
        <translation>wer was tut, hat sich geändert: „{first}“ und „{second}“ haben um „{verb}“ die Plätze getauscht</translation>
    </message>
    <message>
        <source>the subject changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>das Subjekt hat sich geändert: „{before}“ wurde zu „{after}“</translation>
    </message>
    <message>
        <source>&apos;{pronoun}&apos; was left out, so &apos;{clause}&apos; now reads as said of &apos;{after}&apos;</source>
        <translation>„{pronoun}“ fehlt, daher bezieht sich „{clause}“ jetzt auf „{after}“</translation>
    </message>
    <message>
        <source>&apos;{bad}&apos; looks like garbled text (mojibake: text decoded with the wrong encoding); it probably should read &apos;{good}&apos;.</source>
        <translation>„{bad}“ sieht nach verstümmeltem Text aus (Mojibake: mit der falschen Kodierung gelesen); vermutlich sollte es „{good}“ heißen.</translation>
    </message>
    <message>
        <source>Spacing or punctuation tidied when the rewrite was cleaned up.</source>
        <translation>Leerzeichen oder Satzzeichen beim Bereinigen der Umformulierung aufgeräumt.</translation>
    </message>
    <message>
        <source>The model rewrote the paragraph in the chosen style; its facts were checked.</source>
        <translation>Das Modell hat den Absatz im gewählten Stil neu geschrieben; seine Fakten wurden geprüft.</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; added</source>
        <translation>„{what}“ hinzugefügt</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>„{before}“ wurde zu „{after}“</translation>
    </message>
    <message>
        <source>{kind} finding introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>{kind}-Befund eingeführt: „{text}“: {explanation}</translation>
    </message>
    <message>
        <source>grammar error introduced: &apos;{text}&apos;: {explanation}</source>
        <translation>Grammatikfehler eingefügt: „{text}“: {explanation}</translation>
    </message>
    <message>
        <source>negation added: {words}</source>
        <translation>Verneinung hinzugefügt: {words}</translation>
    </message>
    <message>
        <source>negation removed: {words}</source>
        <translation>Verneinung entfernt: {words}</translation>
    </message>
    <message>
        <source>protected term &apos;{term}&apos; removed or altered</source>
        <translation>geschützter Begriff „{term}“ entfernt oder verändert</translation>
    </message>
    <message>
        <source>&apos;{what}&apos; removed</source>
        <translation>„{what}“ entfernt</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos;</source>
        <translation>Rechtschreibfehler eingefügt: „{text}“</translation>
    </message>
    <message>
        <source>spelling error introduced: &apos;{text}&apos; (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>Rechtschreibfehler eingefügt: „{text}“ (meinten Sie „{suggestion}“?)</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (stronger)</source>
        <translation>„{before}“ wurde zu „{after}“ (stärker)</translation>
    </message>
    <message>
        <source>Markdown {kinds} changed: &apos;{before}&apos; became &apos;{after}&apos;</source>
        <translation>Markdown ({kinds}) geändert: „{before}“ wurde zu „{after}“</translation>
    </message>
    <message>
        <source>&apos;{before}&apos; became &apos;{after}&apos; (weaker)</source>
        <translation>„{before}“ wurde zu „{after}“ (schwächer)</translation>
    </message>
    <message>
        <source>the rewrite altered a fact ({fact})</source>
        <translation>die Neufassung hat eine Tatsache verändert ({fact})</translation>
    </message>
    <message>
        <source>it changed {share:.0%} of the words; light edits allow {allowed:.0%}</source>
        <translation>sie hat {share:.0%} der Wörter geändert; leichte Überarbeitungen erlauben {allowed:.0%}</translation>
    </message>
    <message>
        <source>the answer talked about the rewrite instead of giving it (“{phrase}”)</source>
        <translation>die Antwort hat über die Neufassung geredet, statt sie zu liefern („{phrase}“)</translation>
    </message>
    <message>
        <source>the answer copied the instructions or examples (“{phrase}”)</source>
        <translation>die Antwort hat die Anweisungen oder Beispiele abgeschrieben („{phrase}“)</translation>
    </message>
    <message>
        <source>the model&apos;s answer was cut off</source>
        <translation>die Antwort des Modells wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the rewrite drifted away from what the draft says</source>
        <translation>die Neufassung hat sich vom Inhalt des Entwurfs entfernt</translation>
    </message>
    <message>
        <source>the answer repeated the instructions (“{phrase}”)</source>
        <translation>die Antwort hat die Anweisungen wiederholt („{phrase}“)</translation>
    </message>
    <message>
        <source>the model returned no text</source>
        <translation>das Modell hat keinen Text geliefert</translation>
    </message>
    <message>
        <source>the rewrite changed what the heading says</source>
        <translation>die Neufassung hat die Aussage der Überschrift verändert</translation>
    </message>
    <message>
        <source>the rewrite made the heading much longer ({words} words instead of {draft_words})</source>
        <translation>die Neufassung hat die Überschrift stark verlängert ({words} statt {draft_words} Wörter)</translation>
    </message>
    <message>
        <source>the rewrite turned the heading into a sentence</source>
        <translation>die Neufassung hat aus der Überschrift einen Satz gemacht</translation>
    </message>
    <message>
        <source>the rewrite came back in another language ({found} instead of {expected})</source>
        <translation>die Neufassung kam in einer anderen Sprache zurück ({found} statt {expected})</translation>
    </message>
    <message>
        <source>the rewrite left out a sentence (“{sentence}”)</source>
        <translation>die Neufassung hat einen Satz ausgelassen („{sentence}“)</translation>
    </message>
    <message>
        <source>the rewrite was much longer than the draft ({words} words instead of {draft_words})</source>
        <translation>die Neufassung war viel länger als der Entwurf ({words} statt {draft_words} Wörter)</translation>
    </message>
    <message>
        <source>the model repeated itself (“{phrase}”)</source>
        <translation>das Modell hat sich wiederholt („{phrase}“)</translation>
    </message>
    <message>
        <source>the rewrite added the number {number}, which the draft does not have</source>
        <translation>die Neufassung hat die Zahl {number} hinzugefügt, die im Entwurf nicht vorkommt</translation>
    </message>
    <message>
        <source>the number {number} was changed or dropped</source>
        <translation>die Zahl {number} wurde geändert oder weggelassen</translation>
    </message>
    <message>
        <source>the protected term “{term}” was changed</source>
        <translation>der geschützte Begriff „{term}“ wurde geändert</translation>
    </message>
    <message>
        <source>the rewrite was much shorter than the draft ({words} words instead of {draft_words})</source>
        <translation>die Neufassung war viel kürzer als der Entwurf ({words} statt {draft_words} Wörter)</translation>
    </message>
    <message>
        <source>the rewrite added “{text}”, which the draft does not have</source>
        <translation>die Neufassung hat „{text}“ hinzugefügt, das im Entwurf nicht vorkommt</translation>
    </message>
    <message>
        <source>“{text}” was changed</source>
        <translation>„{text}“ wurde geändert</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is chat-assistant boilerplate left in the text.</source>
        <translation>„{phrase}“ ist eine Floskel eines Chat-Assistenten, die im Text stehen geblieben ist.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written e-mails.</source>
        <translation>„{phrase}“ ist eine Standardfloskel maschinell geschriebener E-Mails.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; takes more words than the plain one needs.</source>
        <translation>„{phrase}“ braucht mehr Wörter als die schlichte Form.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text.</source>
        <translation>„{phrase}“ ist eine Standardfloskel maschinell geschriebener Texte.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the news instead of giving it; the excitement adds nothing.</source>
        <translation>„{phrase}“ kündigt die Neuigkeit an, statt sie zu nennen; die Begeisterung fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces a point instead of making it; say the thing itself.</source>
        <translation>„{phrase}“ kündigt eine Aussage an, statt sie zu machen; sagen Sie die Sache selbst.</translation>
    </message>
    <message>
        <source>&apos;It&apos;s not just X, it&apos;s Y&apos; is a stock contrast of machine-written text; state the point directly.</source>
        <translation>„Es ist nicht nur X, es ist Y“ ist ein Standardkontrast maschinell geschriebener Texte; sagen Sie es direkt.</translation>
    </message>
    <message>
        <source>&apos;Not only … but also&apos; is a stock frame of machine-written text; say both things plainly.</source>
        <translation>„Nicht nur … sondern auch“ ist ein Standardmuster maschinell geschriebener Texte; sagen Sie beides schlicht.</translation>
    </message>
    <message>
        <source>&apos;Whether you&apos;re a … or a …&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>„Ob Sie nun … oder … sind“ ist ein Standardeinstieg maschinell geschriebener Texte; sprechen Sie die Leserschaft an, die Sie haben.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges the claim; machine-written text hedges more than people do.</source>
        <translation>„{phrase}“ schwächt die Aussage ab; maschinell geschriebene Texte relativieren mehr als Menschen.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hedges twice; one hedge is enough.</source>
        <translation>„{phrase}“ relativiert doppelt; einmal genügt.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is an empty intensifier; the word after it is stronger alone.</source>
        <translation>„{phrase}“ ist eine leere Verstärkung; das Wort danach wirkt allein stärker.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; the verb works without it.</source>
        <translation>„{phrase}“ gehört zu den Wörtern, die maschinell geschriebene Texte übermäßig verwenden; das Verb wirkt auch ohne.</translation>
    </message>
    <message>
        <source>kept the draft: {reason}</source>
        <translation>Entwurf beibehalten: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; hides the action in a noun; the verb says it directly.</source>
        <translation>„{phrase}“ versteckt die Handlung in einem Substantiv; das Verb sagt es direkt.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock sentence opener of machine-written text.</source>
        <translation>„{phrase}“ ist ein Standard-Satzanfang maschinell geschriebener Texte.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock scene-setter of machine-written text; it says nothing about the subject.</source>
        <translation>„{phrase}“ ist eine Standardeinleitung maschinell geschriebener Texte; sie sagt nichts über das Thema.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; announces the ending; readers know when a text ends, so the formula reads like a template.</source>
        <translation>„{phrase}“ kündigt das Ende an; Leser merken, wann ein Text endet, darum wirkt die Formel wie eine Vorlage.</translation>
    </message>
    <message>
        <source>Your own rule, learned from your edits: “{phrase}” becomes “{fix}”.</source>
        <translation>Ihre eigene Regel, gelernt aus Ihren Bearbeitungen: „{phrase}“ wird zu „{fix}“.</translation>
    </message>
    <message>
        <source>rule fixes applied; the model&apos;s rewrite was not used: {reason}</source>
        <translation>Regelkorrekturen angewendet; die Umformulierung des Modells wurde nicht verwendet: {reason}</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses.</source>
        <translation>„{phrase}“ gehört zu den Wörtern, die maschinell geschriebene Texte übermäßig verwenden.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what the thing does.</source>
        <translation>„{phrase}“ ist eine Standardfloskel maschinell geschriebener Texte; sagen Sie, was die Sache tut.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words most typical of machine-written text.</source>
        <translation>„{phrase}“ gehört zu den typischsten Wörtern maschinell geschriebener Texte.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is one of the words machine-written text overuses; &apos;use&apos; says the same.</source>
        <translation>„{phrase}“ gehört zu den Wörtern, die maschinell geschriebene Texte übermäßig verwenden; „use“ sagt dasselbe.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock phrase of machine-written text; say what it shows.</source>
        <translation>„{phrase}“ ist eine Standardfloskel maschinell geschriebener Texte; sagen Sie, was es zeigt.</translation>
    </message>
    <message>
        <source>&apos;{phrase}&apos; is a stock opener of machine-written text; address the reader you have.</source>
        <translation>„{phrase}“ ist ein Standardeinstieg maschinell geschriebener Texte; sprechen Sie die Leserschaft an, die Sie haben.</translation>
    </message>
    <message>
        <source>This sentence is long enough to lose the reader; it reads better split in two.</source>
        <translation>Dieser Satz ist so lang, dass der Leser den Faden verliert; in zwei Sätzen liest er sich besser.</translation>
    </message>
    <message>
        <source>This sentence piles up passive constructions; saying who does what reads more directly.</source>
        <translation>Dieser Satz häuft Passivkonstruktionen; zu sagen, wer was tut, liest sich direkter.</translation>
    </message>
    <message>
        <source>Several sentences of this paragraph open with &apos;{phrase}&apos;; varying the openers reads more naturally.</source>
        <translation>Mehrere Sätze dieses Absatzes beginnen mit „{phrase}“; abwechslungsreiche Satzanfänge lesen sich natürlicher.</translation>
    </message>
    <message>
        <source>Lists of three pile up in this paragraph; machine-written text leans on the rule of three.</source>
        <translation>In diesem Absatz häufen sich Dreierlisten; maschinell geschriebene Texte stützen sich auf die Dreierregel.</translation>
    </message>
    <message>
        <source>The sentences of this paragraph are all about the same length; splitting the longest one varies the rhythm.</source>
        <translation>Die Sätze dieses Absatzes sind alle etwa gleich lang; den längsten zu teilen, bringt Abwechslung in den Rhythmus.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses contractions: “{phrase}” → “{fix}”.</source>
        <translation>Ihre Stimme „{voice}“ verwendet Verkürzungen: „{phrase}“ → „{fix}“.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” writes words out: “{phrase}” → “{fix}”.</source>
        <translation>Ihre Stimme „{voice}“ schreibt Wörter aus: „{phrase}“ → „{fix}“.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has longer sentences (about {words} words): joined.</source>
        <translation>Ihre Stimme „{voice}“ hat längere Sätze (etwa {words} Wörter): verbunden.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” uses no semicolons: two sentences instead.</source>
        <translation>Ihre Stimme „{voice}“ verwendet keine Semikolons: stattdessen zwei Sätze.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): the model split this one.</source>
        <translation>Ihre Stimme „{voice}“ hat kürzere Sätze (etwa {words} Wörter): das Modell hat diesen geteilt.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” spells it “{fix}”.</source>
        <translation>Ihre Stimme „{voice}“ schreibt es „{fix}“.</translation>
    </message>
    <message>
        <source>Your voice “{voice}” has shorter sentences (about {words} words): split in two.</source>
        <translation>Ihre Stimme „{voice}“ hat kürzere Sätze (etwa {words} Wörter): in zwei geteilt.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; may not speak to everyone in a mixed audience; {alternatives} does.</source>
        <translation>„{term}“ spricht in einem gemischten Publikum vielleicht nicht alle an; {alternatives} schon.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as dismissive of disabled people; {alternatives} is plainer.</source>
        <translation>„{term}“ kann abwertend gegenüber Menschen mit Behinderung wirken; {alternatives} ist sachlicher.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is gendered; a neutral word such as {alternatives} includes everyone.</source>
        <translation>„{term}“ ist geschlechtsspezifisch; ein neutrales Wort wie {alternatives} schließt alle ein.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; uses the masculine form for a mixed group; {alternatives} includes everyone.</source>
        <translation>„{term}“ verwendet für eine gemischte Gruppe die männliche Form; {alternatives} schließt alle ein.</translation>
    </message>
    <message>
        <source>Consider {alternatives} instead of &apos;{term}&apos;.</source>
        <translation>Erwägen Sie {alternatives} statt „{term}“.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; can read as setting people apart; {alternatives} is more neutral.</source>
        <translation>„{term}“ kann ausgrenzend wirken; {alternatives} ist neutraler.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos;: {reason} Consider {alternatives}.</source>
        <translation>„{term}“: {reason} Erwägen Sie {alternatives}.</translation>
    </message>
    <message>
        <source>An accepted rewrite is shown to the model as an example for similar {language} paragraphs: “{before}” → “{after}”.</source>
        <translation>Eine angenommene Umformulierung wird dem Modell als Beispiel für ähnliche Absätze ({language}) gezeigt: „{before}“ → „{after}“.</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read ({reason}), so it starts learning afresh. The old file is kept as {aside}.</source>
        <translation>Was Humanize Desktop aus Ihren Entscheidungen gelernt hat, konnte nicht gelesen werden ({reason}); es lernt daher neu. Die alte Datei bleibt als {aside} erhalten.</translation>
    </message>
    <message>
        <source>You replaced “{before}” with “{after}” {count} times, so that is now your own rule for {language} text.</source>
        <translation>Sie haben „{before}“ {count}-mal durch „{after}“ ersetzt; das ist jetzt Ihre eigene Regel für Text in {language}.</translation>
    </message>
    <message>
        <source>You kept “{term}” as written {count} times: suggested as a protected term.</source>
        <translation>Sie haben „{term}“ {count}-mal unverändert gelassen: als geschützter Begriff vorgeschlagen.</translation>
    </message>
    <message>
        <source>“{term}” is a protected term: you kept it as written {count} times.</source>
        <translation>„{term}“ ist ein geschützter Begriff: Sie haben ihn {count}-mal unverändert gelassen.</translation>
    </message>
    <message>
        <source>You rejected {rejected} of {total} changes by the rule {rule} (such as “{before}” → “{after}”) in {language} text with the {style} style, so it is no longer applied there.</source>
        <translation>Sie haben {rejected} von {total} Änderungen der Regel {rule} abgelehnt (etwa „{before}“ → „{after}“) in Text in {language} mit dem Stil {style}; dort wird sie nicht mehr angewandt.</translation>
    </message>
    <message>
        <source>What Humanize Desktop learned from your decisions could not be read from {path} ({reason}); learning is off until that is fixed, and the file is not saved over.</source>
        <translation>Was Humanize Desktop aus Ihren Entscheidungen gelernt hat, konnte nicht aus {path} gelesen werden ({reason}); das Lernen ist aus, bis das behoben ist, und die Datei wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; could mean {first} or {second}, depending on the reader&apos;s country; write it so only one reading is possible.</source>
        <translation>„{term}“ kann je nach Land des Lesers {first} oder {second} bedeuten; schreiben Sie es eindeutig.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not how {language} text writes dates: &apos;{suggestion}&apos;.</source>
        <translation>„{term}“ ist keine übliche Datumsschreibweise für Text in {language}: „{suggestion}“.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; puts the {first_part} first, which {language} readers do not expect: &apos;{suggestion}&apos;.</source>
        <translation>„{term}“ stellt {first_part} voran, was Leser von Text in {language} nicht erwarten: „{suggestion}“.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is written the way other languages write numbers; in {language} text: &apos;{suggestion}&apos;.</source>
        <translation>„{term}“ ist geschrieben, wie andere Sprachen Zahlen schreiben; für Text in {language}: „{suggestion}“.</translation>
    </message>
    <message>
        <source>{language} text puts quotations in {expected}, not {found}.</source>
        <translation>Text in {language} setzt Zitate in {expected}, nicht in {found}.</translation>
    </message>
    <message>
        <source>the file marks the unit as final</source>
        <translation>die Datei markiert die Einheit als endgültig</translation>
    </message>
    <message>
        <source>the model changed or dropped an inline tag or placeholder</source>
        <translation>das Modell hat ein Inline-Tag oder einen Platzhalter verändert oder entfernt</translation>
    </message>
    <message>
        <source>the polish may change the meaning: {detail}</source>
        <translation>die Verbesserung könnte den Sinn ändern: {detail}</translation>
    </message>
    <message>
        <source>the unit has no translation to polish</source>
        <translation>die Einheit hat keine Übersetzung, die verbessert werden könnte</translation>
    </message>
    <message>
        <source>the polish brought a new {kind} problem: {message}</source>
        <translation>die Verbesserung brachte ein neues Problem ({kind}): {message}</translation>
    </message>
    <message>
        <source>The date {target} is not the source&apos;s {source}</source>
        <translation>Das Datum {target} ist nicht das des Ausgangstexts ({source})</translation>
    </message>
    <message>
        <source>The date {date} is not in the source</source>
        <translation>Das Datum {date} steht nicht im Ausgangstext</translation>
    </message>
    <message>
        <source>The date {date} in the source is not in the target</source>
        <translation>Das Datum {date} aus dem Ausgangstext fehlt im Zieltext</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>The same target translates a different source in unit {other}</source>
        <translation>Derselbe Zieltext übersetzt in Einheit {other} einen anderen Ausgangstext</translation>
    </message>
    <message>
        <source>The same source is translated differently in unit {other}</source>
        <translation>Derselbe Ausgangstext ist in Einheit {other} anders übersetzt</translation>
    </message>
    <message>
        <source>The target looks like {found}, not {expected}</source>
        <translation>Der Zieltext scheint {found} zu sein, nicht {expected}</translation>
    </message>
    <message>
        <source>The target has {length} characters; the file allows {limit}</source>
        <translation>Der Zieltext hat {length} Zeichen; die Datei erlaubt {limit}</translation>
    </message>
    <message>
        <source>The target is {ratio} times as long as the source</source>
        <translation>Der Zieltext ist {ratio}-mal so lang wie der Ausgangstext</translation>
    </message>
    <message>
        <source>{target} should be {expected} (the source says {source})</source>
        <translation>{target} sollte {expected} sein (im Ausgangstext steht {source})</translation>
    </message>
    <message>
        <source>The number {number} is not in the source</source>
        <translation>Die Zahl {number} steht nicht im Ausgangstext</translation>
    </message>
    <message>
        <source>{target} is written the source&apos;s way; in {language} it is {expected}</source>
        <translation>{target} ist wie im Ausgangstext geschrieben; auf {language} heißt es {expected}</translation>
    </message>
    <message>
        <source>The number {number} in the source is not in the target</source>
        <translation>Die Zahl {number} aus dem Ausgangstext fehlt im Zieltext</translation>
    </message>
    <message>
        <source>The placeholder {target} should be {source}</source>
        <translation>Der Platzhalter {target} sollte {source} sein</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are not in the source</source>
        <translation>Die Platzhalter {placeholder} stehen nicht im Ausgangstext</translation>
    </message>
    <message>
        <source>The placeholders {placeholder} are missing from the target</source>
        <translation>Die Platzhalter {placeholder} fehlen im Zieltext</translation>
    </message>
    <message>
        <source>The placeholders {placeholders} are in a different order than in the source</source>
        <translation>Die Platzhalter {placeholders} stehen in anderer Reihenfolge als im Ausgangstext</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target ends with &apos;{target}&apos;</source>
        <translation>Der Ausgangstext endet mit „{source}“, der Zieltext aber mit „{target}“</translation>
    </message>
    <message>
        <source>The target ends with &apos;{target}&apos; but the source has no final punctuation</source>
        <translation>Der Zieltext endet mit „{target}“, der Ausgangstext hat aber kein Satzzeichen am Ende</translation>
    </message>
    <message>
        <source>The source ends with &apos;{source}&apos; but the target has no final punctuation</source>
        <translation>Der Ausgangstext endet mit „{source}“, der Zieltext hat aber kein Satzzeichen am Ende</translation>
    </message>
    <message>
        <source>A {language} sentence ending in &apos;{closing}&apos; opens with &apos;{opening}&apos;</source>
        <translation>Ein Satz auf {language}, der mit „{closing}“ endet, beginnt mit „{opening}“</translation>
    </message>
    <message>
        <source>&apos;{quote}&apos; is not a quotation mark used in {language}</source>
        <translation>„{quote}“ ist kein Anführungszeichen, das auf {language} verwendet wird</translation>
    </message>
    <message>
        <source>{language} puts a no-break space after &apos;{mark}&apos;</source>
        <translation>Auf {language} steht nach „{mark}“ ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>{language} puts a no-break space before &apos;{mark}&apos;</source>
        <translation>Auf {language} steht vor „{mark}“ ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>Two spaces in a row</source>
        <translation>Zwei Leerzeichen hintereinander</translation>
    </message>
    <message>
        <source>The target&apos;s leading spaces differ from the source&apos;s</source>
        <translation>Die Leerzeichen am Anfang des Zieltexts weichen vom Ausgangstext ab</translation>
    </message>
    <message>
        <source>No space before &apos;{mark}&apos;</source>
        <translation>Kein Leerzeichen vor „{mark}“</translation>
    </message>
    <message>
        <source>The target&apos;s trailing spaces differ from the source&apos;s</source>
        <translation>Die Leerzeichen am Ende des Zieltexts weichen vom Ausgangstext ab</translation>
    </message>
    <message>
        <source>The tag {target} should be {source}</source>
        <translation>Das Tag {target} sollte {source} sein</translation>
    </message>
    <message>
        <source>The tags {tag} are not in the source</source>
        <translation>Die Tags {tag} stehen nicht im Ausgangstext</translation>
    </message>
    <message>
        <source>The tags {tag} are missing from the target</source>
        <translation>Die Tags {tag} fehlen im Zieltext</translation>
    </message>
    <message>
        <source>The tags are in a different order than in the source</source>
        <translation>Die Tags stehen in anderer Reihenfolge als im Ausgangstext</translation>
    </message>
    <message>
        <source>&apos;{found}&apos; is a forbidden translation of &apos;{term}&apos;; use &apos;{expected}&apos;</source>
        <translation>„{found}“ ist eine verbotene Übersetzung von „{term}“; verwenden Sie „{expected}“</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; must not be translated</source>
        <translation>„{term}“ darf nicht übersetzt werden</translation>
    </message>
    <message>
        <source>The glossary term &apos;{term}&apos; should be translated as &apos;{expected}&apos;</source>
        <translation>Der Glossarbegriff „{term}“ sollte mit „{expected}“ übersetzt werden</translation>
    </message>
    <message>
        <source>The unit has no translation</source>
        <translation>Die Einheit hat keine Übersetzung</translation>
    </message>
    <message>
        <source>The target is in {language}, the source language</source>
        <translation>Der Zieltext ist auf {language}, der Ausgangssprache</translation>
    </message>
    <message>
        <source>The target is the same as the source</source>
        <translation>Der Zieltext ist derselbe wie der Ausgangstext</translation>
    </message>
    <message>
        <source>The address {target} is not the source&apos;s {source}</source>
        <translation>Die Adresse {target} ist nicht die des Ausgangstexts ({source})</translation>
    </message>
    <message>
        <source>The address {address} is not in the source</source>
        <translation>Die Adresse {address} steht nicht im Ausgangstext</translation>
    </message>
    <message>
        <source>The address {address} in the source is not in the target</source>
        <translation>Die Adresse {address} aus dem Ausgangstext fehlt im Zieltext</translation>
    </message>
    <message>
        <source>This sentence has {words} words; sentences over {limit} are hard to follow. Consider splitting it.</source>
        <translation>Dieser Satz hat {words} Wörter; Sätze mit mehr als {limit} sind schwer zu lesen. Teilen Sie ihn am besten.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; addresses the reader in the {form} form; the {norm} register was asked for.</source>
        <translation>„{term}“ spricht den Leser in der Form „{form}“ an; gewünscht war „{norm}“.</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is a contraction; a formal text writes &apos;{full}&apos;.</source>
        <translation>„{term}“ ist eine Kurzform; ein förmlicher Text schreibt „{full}“.</translation>
    </message>
    <message>
        <source>Mixed forms of address: this text mostly uses the {norm} form (&apos;{example}&apos;), but &apos;{term}&apos; is {form}.</source>
        <translation>Gemischte Anrede: dieser Text verwendet meist die Form „{norm}“ („{example}“), aber „{term}“ ist „{form}“.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({reason}) and could not be renamed ({move_reason}), so Humanize Desktop uses default settings and will not save over it.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt ({reason}) und konnte nicht umbenannt werden ({move_reason}). Humanize Desktop verwendet daher die Standardeinstellungen und überschreibt sie nicht.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}), so Humanize Desktop started with default settings. The old file is kept as {aside}; copy what you need from it into the settings.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({reason}), daher wurde Humanize Desktop mit den Standardeinstellungen gestartet. Die alte Datei ist als {aside} aufbewahrt; übernehmen Sie daraus, was Sie brauchen.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}), so Humanize Desktop uses default settings and will not save over that file. Check its permissions.</source>
        <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}). Humanize Desktop verwendet daher die Standardeinstellungen und überschreibt diese Datei nicht. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in the {dictionary} dictionary.</source>
        <translation>„{word}“ steht nicht im Wörterbuch {dictionary}.</translation>
    </message>
    <message>
        <source>Precise, measured scholarly prose with careful claims.</source>
        <translation>Genaue, abwägende wissenschaftliche Prosa mit vorsichtigen Aussagen.</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Wissenschaftlich</translation>
    </message>
    <message>
        <source>Relaxed and conversational, as in a message to a colleague you know well.</source>
        <translation>Entspannt und im Gesprächston, wie in einer Nachricht an eine vertraute Kollegin.</translation>
    </message>
    <message>
        <source>Casual</source>
        <translation>Locker</translation>
    </message>
    <message>
        <source>Says the same in fewer words.</source>
        <translation>Sagt dasselbe mit weniger Wörtern.</translation>
    </message>
    <message>
        <source>Concise</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Plain, varied prose that sounds like a thoughtful person, not a template.</source>
        <translation>Schlichte, abwechslungsreiche Prosa, die nach einem nachdenklichen Menschen klingt, nicht nach einer Vorlage.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natürlich</translation>
    </message>
    <message>
        <source>Clear, confident business writing without jargon or hype.</source>
        <translation>Klare, selbstsichere Geschäftssprache ohne Jargon und Übertreibung.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <source>Short sentences and common words that anyone can follow.</source>
        <translation>Kurze Sätze und gängige Wörter, denen jeder folgen kann.</translation>
    </message>
    <message>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Kind and personal, with a human touch.</source>
        <translation>Freundlich und persönlich, mit menschlicher Note.</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Herzlich</translation>
    </message>
    <message>
        <source>the rewrite made this formal paragraph much less formal (formality {before} → {after})</source>
        <translation>die Überarbeitung hat diesen förmlichen Absatz viel weniger förmlich gemacht (Förmlichkeit {before} → {after})</translation>
    </message>
    <message>
        <source>the draft was warm here and the rewrite reads curt: its thanks, apology or kind words may be gone</source>
        <translation>der Entwurf war hier herzlich, die Überarbeitung klingt schroff: Dank, Entschuldigung oder freundliche Worte fehlen vielleicht</translation>
    </message>
    <message>
        <source>the rewrite made this paragraph sound negative (sentiment {before} → {after})</source>
        <translation>die Überarbeitung lässt diesen Absatz negativ klingen (Stimmung {before} → {after})</translation>
    </message>
    <message>
        <source>“{name}” cannot name a voice: use letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (at most 64, not starting with a dot or a space)</source>
        <translation>„{name}“ kann keine Stimme benennen: verwenden Sie Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; (höchstens 64, nicht mit Punkt oder Leerzeichen am Anfang)</translation>
    </message>
    <message>
        <source>the voice profile {path} cannot be used: {problem}; fix or delete the file</source>
        <translation>das Stimmprofil {path} ist nicht verwendbar: {problem}; korrigieren oder löschen Sie die Datei</translation>
    </message>
    <message>
        <source>no text to learn a voice from in {files}</source>
        <translation>kein Text, aus dem sich eine Stimme lernen ließe, in {files}</translation>
    </message>
    <message>
        <source>there is no voice called “{name}” (see `humanize-desktop voice list`)</source>
        <translation>es gibt keine Stimme namens „{name}“ (siehe `humanize-desktop voice list`)</translation>
    </message>
</context>
<context>
    <name>DecidedModel</name>
    <message>
        <source>Accepted</source>
        <extracomment>The row&apos;s (DecisionRecord, place in the draft or None).</extracomment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Your wording</source>
        <translation>Eigene Formulierung</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2, instead of %3</source>
        <translation>%1 → %2, statt %3</translation>
    </message>
    <message>
        <source>Draft: %1
Suggestion: %2
Now: %3</source>
        <translation>Entwurf: %1
Vorschlag: %2
Jetzt: %3</translation>
    </message>
    <message>
        <source>Decided before this review was opened; its place is not known.</source>
        <translation>Vor dem Öffnen dieser Überarbeitung entschieden; die Stelle im Text ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Cannot Open File</source>
        <extracomment>A file was read and is now shown. A save finished: the path written. An export (final text or report) was written: the path. The target (name shown in the title) changed. Something the person should know about the file just opened. What the report says beyond the review file (flags, findings, …); the window provides it.</extracomment>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” has tracked changes: the text is shown with them accepted. Saving keeps them; your edits are saved as plain text.</source>
        <translation>„%1“ enthält nachverfolgte Änderungen: Der Text wird so gezeigt, als wären sie angenommen. Beim Speichern bleiben sie erhalten; Ihre Bearbeitungen werden als normaler Text gespeichert.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>Tabellen: %1</translation>
    </message>
    <message>
        <source>headers and footers: %1</source>
        <translation>Kopf- und Fußzeilen: %1</translation>
    </message>
    <message>
        <source>text boxes: %1</source>
        <translation>Textfelder: %1</translation>
    </message>
    <message>
        <source>Only the body text is shown for review. Not shown, and kept as they are when you save: %1.</source>
        <translation>Zur Überprüfung wird nur der Fließtext gezeigt. Nicht gezeigt und beim Speichern unverändert übernommen: %1.</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize review (*.humanize)</source>
        <translation>Text (*.txt);;Markdown (*.md);;Word (*.docx);;Humanize-Überarbeitung (*.humanize)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Überarbeitung speichern unter</translation>
    </message>
    <message>
        <source>Humanize review (*.humanize)</source>
        <translation>Humanize-Überarbeitung (*.humanize)</translation>
    </message>
    <message>
        <source>Export Final Text</source>
        <translation>Endgültigen Text exportieren</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md);;Word (*.docx)</source>
        <translation>Text (*.txt);;Markdown (*.md);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Export Change Report</source>
        <translation>Änderungsbericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>Änderungsbericht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <source>Final text</source>
        <translation>Endgültiger Text</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Unverändert belassene Absätze</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>AI-likeness</source>
        <translation>KI-Ähnlichkeit</translation>
    </message>
    <message>
        <source>draft %1 → suggestion %2 (0 reads like a person, 1 machine-made)</source>
        <translation>Entwurf %1 → Vorschlag %2 (0 liest sich wie von einem Menschen, 1 maschinell)</translation>
    </message>
    <message>
        <source>draft %1 (0 reads like a person, 1 machine-made)</source>
        <translation>Entwurf %1 (0 liest sich wie von einem Menschen, 1 maschinell)</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2).</source>
        <translation>%1 konnte nicht gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>EditChangeDialog</name>
    <message>
        <source>Edit Change</source>
        <translation>Änderung bearbeiten</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <source>&amp;Your version:</source>
        <translation>&amp;Ihre Fassung:</translation>
    </message>
</context>
<context>
    <name>EmptySuggestion</name>
    <message>
        <source>Humanize</source>
        <translation>Humanisieren</translation>
    </message>
    <message>
        <source>Humanize the draft</source>
        <translation>Den Entwurf humanisieren</translation>
    </message>
    <message>
        <source>Humanizing…</source>
        <translation>Wird humanisiert…</translation>
    </message>
    <message>
        <source>The suggestion appears here paragraph by paragraph.</source>
        <translation>Der Vorschlag erscheint hier Absatz für Absatz.</translation>
    </message>
    <message>
        <source>No suggestion yet.
Humanize the draft to get a rewrite you can review change by change.</source>
        <translation>Noch kein Vorschlag.
Humanisieren Sie den Entwurf, um eine Neufassung zu erhalten, die Sie Änderung für Änderung prüfen können.</translation>
    </message>
    <message>
        <source>Type or paste your draft on the left, or open a file (Ctrl+O) or drop it here.
Then humanize it to get a rewrite you can review change by change.</source>
        <translation>Tippen oder fügen Sie Ihren Entwurf links ein, oder öffnen Sie eine Datei (Strg+O) bzw. ziehen Sie sie hierher.
Humanisieren Sie ihn dann, um eine Neufassung zu erhalten, die Sie Änderung für Änderung prüfen können.</translation>
    </message>
</context>
<context>
    <name>EngineManager</name>
    <message>
        <source>Server: %1</source>
        <extracomment>State reports from worker threads, delivered on the GUI thread.</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>your own server</source>
        <translation>Ihr eigener Server</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something Went Wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Humanize Desktop ran into a problem it did not expect:
%1</source>
        <translation>Humanize Desktop ist auf ein unerwartetes Problem gestoßen:
%1</translation>
    </message>
    <message>
        <source>Your work is safe: it was saved to %1 and will be offered back if the app has to close.</source>
        <translation>Ihre Arbeit ist sicher: Sie wurde in %1 gespeichert und wird wieder angeboten, falls die App beendet werden muss.</translation>
    </message>
    <message>
        <source>Save your work now, then restart the app.</source>
        <translation>Speichern Sie Ihre Arbeit jetzt und starten Sie die App dann neu.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Text suchen</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <extracomment>The groups, in the order the list shows them. The panel came on screen (it is rebuilt only while visible).</extracomment>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Choose which kinds of finding the list shows</source>
        <translation>Wählen, welche Arten von Hinweisen die Liste zeigt</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammatik</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>AI-tells</source>
        <translation>KI-Floskeln</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Lesbarkeit</translation>
    </message>
    <message>
        <source>Inclusive language</source>
        <translation>Inklusive Sprache</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Locale conventions</source>
        <translation>Regionale Schreibweisen</translation>
    </message>
    <message>
        <source>Introduced by the rewrite</source>
        <translation>Durch die Neufassung entstanden</translation>
    </message>
    <message>
        <source>Paragraphs kept as drafted</source>
        <translation>Unverändert belassene Absätze</translation>
    </message>
    <message>
        <source>Tone changed by the rewrite</source>
        <translation>Ton verändert</translation>
    </message>
    <message>
        <source>… and %1 more (see the underlines in the text)</source>
        <translation>… und %1 weitere (siehe Unterstreichungen im Text)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
    </message>
    <message>
        <source>The findings are hidden; choose them under Show.</source>
        <translation>Die Hinweise sind ausgeblendet; unter „Anzeigen“ lassen sie sich wählen.</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>AI-likeness by sentence</source>
        <translation>KI-Ähnlichkeit je Satz</translation>
    </message>
    <message>
        <source>reads like a person wrote it</source>
        <translation>liest sich, als hätte ihn ein Mensch geschrieben</translation>
    </message>
    <message>
        <source>has some machine-like habits</source>
        <translation>hat einige maschinelle Eigenheiten</translation>
    </message>
    <message>
        <source>reads machine-made</source>
        <translation>wirkt maschinell</translation>
    </message>
    <message>
        <source>model and phrases</source>
        <translation>Modell und Formulierungen</translation>
    </message>
    <message>
        <source>phrases only; press F7 with a model loaded for the model&apos;s view</source>
        <translation>nur Formulierungen; für die Einschätzung des Modells F7 mit geladenem Modell drücken</translation>
    </message>
    <message>
        <source>This sentence %1 (%2; from %3). A signal, not a verdict.</source>
        <translation>Dieser Satz %1 (%2; aus %3). Ein Hinweis, kein Urteil.</translation>
    </message>
</context>
<context>
    <name>HumanizeBar</name>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>How the rewrite should sound</source>
        <translation>Wie die Neufassung klingen soll</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Rule fixes only: stock phrases and filler go; no model needed</source>
        <translation>Nur Regelkorrekturen: Floskeln und Füllwörter fallen weg; kein Modell nötig</translation>
    </message>
    <message>
        <source>Rule fixes, and the model reworks single sentences (each checked)</source>
        <translation>Regelkorrekturen, und das Modell überarbeitet einzelne Sätze (jeder geprüft)</translation>
    </message>
    <message>
        <source>Also lets the model rewrite whole paragraphs, checked the same way</source>
        <translation>Lässt das Modell auch ganze Absätze neu schreiben, genauso geprüft</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Extra instructions for the model</source>
        <translation>Zusätzliche Anweisungen für das Modell</translation>
    </message>
    <message>
        <source>Protected terms, comma-separated</source>
        <translation>Geschützte Begriffe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Protected terms</source>
        <translation>Geschützte Begriffe</translation>
    </message>
    <message>
        <source>Words and names the model must keep exactly as written</source>
        <translation>Wörter und Namen, die das Modell genau so beibehalten muss</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Steer the rewrite toward a voice learned from your own writing</source>
        <translation>Die Umschreibung an einer Stimme ausrichten, die aus Ihren eigenen Texten gelernt wurde</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humanisieren</translation>
    </message>
    <message>
        <source>Rewrite the draft with the local model (Ctrl+Shift+H)</source>
        <translation>Den Entwurf mit dem lokalen Modell umschreiben (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Humanizing progress</source>
        <translation>Fortschritt beim Humanisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop humanizing; finished paragraphs stay (Esc)</source>
        <translation>Humanisieren anhalten; fertige Absätze bleiben (Esc)</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>St&amp;il:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>Keine Stimme</translation>
    </message>
    <message>
        <source>Instructions ✓</source>
        <translation>Anweisungen ✓</translation>
    </message>
</context>
<context>
    <name>HumanizeController</name>
    <message>
        <source>Starting the model…</source>
        <extracomment>Paragraphs finished, paragraphs in all, and a line saying what happens now. The model&apos;s words for the paragraph being written, as they come. The pass ended: a summary for the status bar (&quot;&quot; when nothing ran). The pass failed: a complete sentence saying why, and how many paragraphs were done. Kept paragraphs changed (for the findings panel and the marks).</extracomment>
        <translation>Das Modell startet…</translation>
    </message>
    <message>
        <source>Rewriting…</source>
        <translation>Wird umgeschrieben…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Rewriting paragraph %1 of %2…</source>
        <translation>Absatz %1 von %2 wird umgeschrieben…</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2: trying again…</source>
        <translation>Absatz %1 von %2: neuer Versuch…</translation>
    </message>
    <message>
        <source>The first answer was not used: %1</source>
        <translation>Die erste Antwort wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Kept as drafted: %1</source>
        <translation>Unverändert belassen: %1</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 done</source>
        <translation>Absatz %1 von %2 fertig</translation>
    </message>
    <message>
        <source>Paragraphs rewritten: %1</source>
        <translation>Umgeschriebene Absätze: %1</translation>
    </message>
    <message>
        <source>kept as drafted: %1 (hover the shaded text to see why)</source>
        <translation>unverändert belassen: %1 (für den Grund mit der Maus über den schattierten Text fahren)</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>Stopped. Paragraphs finished: %1; the rest stays as drafted.</source>
        <translation>Angehalten. Fertige Absätze: %1; der Rest bleibt wie im Entwurf.</translation>
    </message>
    <message>
        <source>The model is rewriting this paragraph</source>
        <translation>Das Modell schreibt diesen Absatz um</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>InstructionsEditor</name>
    <message>
        <source>For example: keep British spelling; address the reader as “you”.</source>
        <translation>Zum Beispiel: Schweizer Rechtschreibung beibehalten; die Leser duzen.</translation>
    </message>
    <message>
        <source>Custom instructions</source>
        <translation>Eigene Anweisungen</translation>
    </message>
    <message>
        <source>Custom &amp;instructions for the model:</source>
        <translation>Eigene &amp;Anweisungen für das Modell:</translation>
    </message>
</context>
<context>
    <name>LearnVoiceDialog</name>
    <message>
        <source>Learn a Voice</source>
        <translation>Stimme lernen</translation>
    </message>
    <message>
        <source>Choose a few files you wrote yourself (.txt, .md or .docx; a few hundred words or more). Their sentence length, contractions, punctuation and spelling become a voice that rewrites can follow. It stays on this computer.</source>
        <translation>Wählen Sie einige Dateien, die Sie selbst geschrieben haben (.txt, .md oder .docx; einige hundert Wörter oder mehr). Satzlänge, Verkürzungen, Zeichensetzung und Schreibweise daraus werden zu einer Stimme, der Umschreibungen folgen können. Sie bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>e.g. My blog</source>
        <translation>z. B. Mein Blog</translation>
    </message>
    <message>
        <source>Voice name</source>
        <translation>Name der Stimme</translation>
    </message>
    <message>
        <source>Sample files</source>
        <translation>Beispieldateien</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Samples of Your Writing</source>
        <translation>Beispiele Ihrer Texte</translation>
    </message>
    <message>
        <source>Text, Markdown or Word files (*.txt *.md *.markdown *.docx);;All files (*)</source>
        <translation>Text-, Markdown- oder Word-Dateien (*.txt *.md *.markdown *.docx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>LearnedDialog</name>
    <message>
        <source>What I&apos;ve Learned</source>
        <translation>Gelerntes</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget this and the decisions it was learned from</source>
        <translation>Dies vergessen, samt der Entscheidungen, aus denen es gelernt wurde</translation>
    </message>
    <message>
        <source>&amp;Protect Term</source>
        <translation>Begriff &amp;schützen</translation>
    </message>
    <message>
        <source>Add this word to the protected terms: it is never changed</source>
        <translation>Dieses Wort zu den geschützten Begriffen hinzufügen: es wird nie geändert</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Rule off</source>
        <translation>Regel aus</translation>
    </message>
    <message>
        <source>Protected term</source>
        <translation>Geschützter Begriff</translation>
    </message>
    <message>
        <source>Own rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Learning is paused: your decisions are not learned from, and nothing learned is applied.</source>
        <translation>Das Lernen ist pausiert: aus Ihren Entscheidungen wird nicht gelernt, und nichts Gelerntes wird angewandt.</translation>
    </message>
    <message>
        <source>Nothing learned yet. As you accept, reject and edit changes, what you keep choosing shows here. It stays on this computer.</source>
        <translation>Noch nichts gelernt. Wenn Sie Änderungen annehmen, ablehnen und bearbeiten, erscheint hier, was Sie immer wieder wählen. Es bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Learned from your decisions on this computer. Switch off what should not apply, or forget it.</source>
        <translation>Aus Ihren Entscheidungen auf diesem Computer gelernt. Schalten Sie ab, was nicht gelten soll, oder vergessen Sie es.</translation>
    </message>
    <message>
        <source>Resume &amp;Learning</source>
        <translation>&amp;Lernen fortsetzen</translation>
    </message>
    <message>
        <source>P&amp;ause Learning</source>
        <translation>Lernen p&amp;ausieren</translation>
    </message>
    <message>
        <source>Reset What I&apos;ve Learned</source>
        <translation>Gelerntes zurücksetzen</translation>
    </message>
    <message>
        <source>Forget everything learned from your decisions? This cannot be undone.</source>
        <translation>Alles vergessen, was aus Ihren Entscheidungen gelernt wurde? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Changes</source>
        <extracomment>Emitted after a file was opened or a review restored (tests wait on it).</extracomment>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überarbeitung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Ü&amp;berarbeiten</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Humanize</source>
        <translation>Humanisieren</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Exported to “%1”.</source>
        <translation>Nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Edit Change</source>
        <translation>Änderung bearbeiten</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Accept All but Flagged</source>
        <translation>Alle außer markierten annehmen</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Changes accepted: %1. Undo with Ctrl+Z.</source>
        <translation>Angenommene Änderungen: %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Changes accepted: %1; flagged changes left pending: %2. Undo with Ctrl+Z.</source>
        <translation>Angenommene Änderungen: %1; offen gelassene markierte Änderungen: %2. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Changes rejected: %1. Undo with Ctrl+Z.</source>
        <translation>Abgelehnte Änderungen: %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>There is no draft to humanize yet: type, paste or open one.</source>
        <translation>Es gibt noch keinen Entwurf zum Humanisieren: Tippen, einfügen oder öffnen Sie einen.</translation>
    </message>
    <message>
        <source>Learned the voice “%1” from %2 words; pick it under Voice to humanize toward it.</source>
        <translation>Stimme „%1“ aus %2 Wörtern gelernt; wählen Sie sie unter Stimme, um sie beim Humanisieren zu verwenden.</translation>
    </message>
    <message>
        <source>Humanizing stopped: %1</source>
        <translation>Humanisieren abgebrochen: %1</translation>
    </message>
    <message>
        <source>The paragraphs already rewritten were kept.</source>
        <translation>Die bereits umgeschriebenen Absätze wurden behalten.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>Modelle…</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Undid %1</source>
        <translation>%1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>Redid %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>No findings in this pane.</source>
        <translation>Keine Hinweise in diesem Bereich.</translation>
    </message>
    <message>
        <source>About Humanize Desktop</source>
        <translation>Über Humanize Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;An offline editor that turns AI-written drafts into prose that reads like a person wrote it, reviewed change by change.&lt;/p&gt;&lt;p&gt;Your text never leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Humanize Desktop %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Editor, der KI-geschriebene Entwürfe in Texte verwandelt, die sich wie von Menschen geschrieben lesen – Änderung für Änderung geprüft.&lt;/p&gt;&lt;p&gt;Ihr Text verlässt diesen Computer nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>The unfinished download could not be deleted (%1).</source>
        <extracomment>The catalog and its fit verdicts were read (or failed: see ``catalog_problem``). A catalog model&apos;s status changed (its id). A download or import ended: (catalog id or &quot;&quot;, one sentence, True when it worked). Imports under way changed (started or ended). Where downloads land (None: the user models folder); tests point it elsewhere.</extracomment>
        <translation>Der unfertige Download konnte nicht gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <extracomment>Tab names for ``ModelManagerDialog.ask(tab=...)``.</extracomment>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Fundort</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Import GGUF…</source>
        <translation>GGUF &amp;importieren…</translation>
    </message>
    <message>
        <source>Use as &amp;Default</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>&amp;Use Now</source>
        <translation>&amp;Jetzt verwenden</translation>
    </message>
    <message>
        <source>&amp;Restart Engine</source>
        <translation>Engine &amp;neu starten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Settings for the selected model</source>
        <translation>Einstellungen für das ausgewählte Modell</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>&amp;Context size (tokens):</source>
        <translation>&amp;Kontextgröße (Tokens):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;GPU layers:</source>
        <translation>&amp;GPU-Schichten:</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatur:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>On This Computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Get Models</source>
        <translation>Modelle holen</translation>
    </message>
    <message>
        <source>your models folder</source>
        <translation>Ihr Modellordner</translation>
    </message>
    <message>
        <source>the app&apos;s models folder</source>
        <translation>Modellordner der App</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>chosen in settings</source>
        <translation>in den Einstellungen gewählt</translation>
    </message>
    <message>
        <source>No models found yet. Import a GGUF file, or put one in %1.</source>
        <translation>Noch keine Modelle gefunden. Importieren Sie eine GGUF-Datei oder legen Sie eine in %1 ab.</translation>
    </message>
    <message>
        <source>Saved. Restart the engine to apply it to a loaded model.</source>
        <translation>Gespeichert. Starten Sie die Engine neu, damit es für ein geladenes Modell gilt.</translation>
    </message>
    <message>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 is now the default model.</source>
        <translation>%1 ist jetzt das Standardmodell.</translation>
    </message>
    <message>
        <source>%1 will load when you next humanize.</source>
        <translation>%1 wird beim nächsten Humanisieren geladen.</translation>
    </message>
    <message>
        <source>Import a Model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Checking and copying %1…</source>
        <translation>%1 wird geprüft und kopiert…</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model state</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <source>Manage models</source>
        <translation>Modelle verwalten</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Looking for models…</source>
        <translation>Modelle werden gesucht…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>The model loads when you first humanize.</source>
        <translation>Das Modell wird beim ersten Humanisieren geladen.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts</source>
        <translation>Wirkt beim nächsten Start der App</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Your work is saved for crash recovery this long after you stop typing</source>
        <translation>So lange nach der letzten Eingabe wird Ihre Arbeit für die Wiederherstellung nach einem Absturz gesichert</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Automatic (LanguageTool if present, else Harper)</source>
        <translation>Automatisch (LanguageTool, falls vorhanden, sonst Harper)</translation>
    </message>
    <message>
        <source>LanguageTool</source>
        <translation>LanguageTool</translation>
    </message>
    <message>
        <source>Harper (English, offline)</source>
        <translation>Harper (Englisch, offline)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Grammar engine:</source>
        <translation>&amp;Grammatikprüfung:</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8081 (empty: a local installation)</source>
        <translation>z. B. http://127.0.0.1:8081 (leer: eine lokale Installation)</translation>
    </message>
    <message>
        <source>Your own LanguageTool server. Text is sent only to this address.</source>
        <translation>Ihr eigener LanguageTool-Server. Text wird nur an diese Adresse gesendet.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;server:</source>
        <translation>LanguageTool-&amp;Server:</translation>
    </message>
    <message>
        <source>a LanguageTool folder (empty: look in the usual places)</source>
        <translation>ein LanguageTool-Ordner (leer: an den üblichen Orten suchen)</translation>
    </message>
    <message>
        <source>LanguageTool &amp;folder:</source>
        <translation>LanguageTool-&amp;Ordner:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Memory for the LanguageTool server this app starts (Java&apos;s -Xmx). German, English, French and Spanish together need about 400 MB.</source>
        <translation>Arbeitsspeicher für den LanguageTool-Server, den diese App startet (Javas -Xmx). Deutsch, Englisch, Französisch und Spanisch zusammen brauchen etwa 400 MB.</translation>
    </message>
    <message>
        <source>LanguageTool &amp;memory:</source>
        <translation>LanguageTool-&amp;Speicher:</translation>
    </message>
    <message>
        <source>&amp;Download LanguageTool…</source>
        <translation>LanguageTool &amp;herunterladen…</translation>
    </message>
    <message>
        <source>Downloads LanguageTool (about 250 MB) through language-tool-python from its release site. Only when you click; no text is sent.</source>
        <translation>Lädt LanguageTool (etwa 250 MB) über language-tool-python von dessen Release-Seite herunter. Nur wenn Sie klicken; es wird kein Text gesendet.</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>&amp;Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation>Aus dem Text erkennen</translation>
    </message>
    <message>
        <source>The language (and variant) to check; automatic detects it per paragraph</source>
        <translation>Die zu prüfende Sprache (und Variante); automatisch erkennt sie je Absatz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Suggest &amp;inclusive language</source>
        <translation>&amp;Inklusive Sprache vorschlagen</translation>
    </message>
    <message>
        <source>Gendered, ableist or othering words, with neutral alternatives</source>
        <translation>Geschlechtsbezogene, ableistische oder ausgrenzende Wörter, mit neutralen Alternativen</translation>
    </message>
    <message>
        <source>Fairness:</source>
        <translation>Fairness:</translation>
    </message>
    <message>
        <source>Keep one form of &amp;address (register)</source>
        <translation>Eine &amp;Anredeform beibehalten (Register)</translation>
    </message>
    <message>
        <source>Points out Sie and du, vous and tu, usted and tú mixed in one text</source>
        <translation>Zeigt, wo ein Text Sie und du, vous und tu oder usted und tú mischt</translation>
    </message>
    <message>
        <source>Check &amp;quotation marks, numbers and dates (locale)</source>
        <translation>Anführungszeichen, &amp;Zahlen und Datumsangaben prüfen (regionale Schreibweisen)</translation>
    </message>
    <message>
        <source>Marks written the way another language or region writes them, such as 1,250.50 in a German text; the region comes from the language setting (de_CH)</source>
        <translation>Zeichen, wie eine andere Sprache oder Region sie schreibt, etwa 1,250.50 in einem deutschen Text; die Region kommt aus der Spracheinstellung (de_CH)</translation>
    </message>
    <message>
        <source>Personal dictionary</source>
        <translation>Persönliches Wörterbuch</translation>
    </message>
    <message>
        <source>&amp;Remove Word</source>
        <translation>Wort &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Personal dictionary:</source>
        <translation>&amp;Persönliches Wörterbuch:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Leave empty to run models on this computer. A server must be one you run (llama.cpp server or another OpenAI-compatible one): your text is sent there.</source>
        <translation>Leer lassen, um Modelle auf diesem Computer auszuführen. Ein Server muss Ihr eigener sein (llama.cpp-Server oder ein anderer OpenAI-kompatibler): Ihr Text wird dorthin gesendet.</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>empty: the first model the server lists</source>
        <translation>leer: das erste Modell, das der Server anbietet</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>Server-&amp;Modell:</translation>
    </message>
    <message>
        <source>Model Server</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <source>No local LanguageTool: English is checked with Harper; other languages need LanguageTool (packaging/bootstrap.sh installs it) or a server.</source>
        <translation>Kein lokales LanguageTool: Englisch wird mit Harper geprüft; andere Sprachen brauchen LanguageTool (packaging/bootstrap.sh installiert es) oder einen Server.</translation>
    </message>
    <message>
        <source>Local LanguageTool: %1</source>
        <translation>Lokales LanguageTool: %1</translation>
    </message>
    <message>
        <source>Download LanguageTool</source>
        <translation>LanguageTool herunterladen</translation>
    </message>
    <message>
        <source>Download LanguageTool (about 250 MB) through language-tool-python into %1? No text is sent.</source>
        <translation>LanguageTool (etwa 250 MB) über language-tool-python nach %1 herunterladen? Es wird kein Text gesendet.</translation>
    </message>
    <message>
        <source>Downloading LanguageTool…</source>
        <translation>LanguageTool wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved Work</source>
        <translation>Ungespeicherte Arbeit</translation>
    </message>
    <message>
        <source>Save your work on “%1” before closing it?</source>
        <translation>Ihre Arbeit an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Pending changes: %1. They are kept only if you save a review file.</source>
        <translation>Offene Änderungen: %1. Sie bleiben nur erhalten, wenn Sie eine Überarbeitungsdatei speichern.</translation>
    </message>
    <message>
        <source>Save &amp;Review…</source>
        <translation>Über&amp;arbeitung speichern…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>“%1” was %2 text, which cannot hold some characters now in the draft. Save it as UTF-8 instead?</source>
        <translation>„%1“ war in %2 kodiert; diese Kodierung kann einige Zeichen im jetzigen Entwurf nicht darstellen. Stattdessen als UTF-8 speichern?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saving “%1” cannot keep everything as it was:</source>
        <translation>Beim Speichern von „%1“ bleibt nicht alles so, wie es war:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1
The autosaved work is kept in %2.</source>
        <translation>%1
Die automatisch gespeicherte Arbeit bleibt in %2 erhalten.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored your unsaved work.</source>
        <translation>Ihre ungespeicherte Arbeit wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Restore Unsaved Work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>an untitled document</source>
        <translation>einem unbenannten Dokument</translation>
    </message>
    <message>
        <source>Humanize Desktop did not close properly. Your work on “%1” was saved automatically at %2.</source>
        <translation>Humanize Desktop wurde nicht ordnungsgemäß beendet. Ihre Arbeit an „%1“ wurde um %2 automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Restore it exactly as it was, or discard it?</source>
        <translation>Genau so wiederherstellen, wie sie war, oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Your working text. Removed or replaced words are shaded.</source>
        <translation>Ihr Arbeitstext. Entfernte oder ersetzte Wörter sind schattiert.</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>The model&apos;s rewrite. Added or replaced words are shaded.</source>
        <translation>Die Neufassung des Modells. Hinzugefügte oder ersetzte Wörter sind schattiert.</translation>
    </message>
    <message>
        <source>Type or paste your draft here, or open a file with Ctrl+O.</source>
        <translation>Tippen oder fügen Sie Ihren Entwurf hier ein, oder öffnen Sie eine Datei mit Strg+O.</translation>
    </message>
    <message>
        <source>removed or replaced</source>
        <translation>entfernt oder ersetzt</translation>
    </message>
    <message>
        <source>added or replacing</source>
        <translation>hinzugefügt oder als Ersatz</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Offene Änderungen</translation>
    </message>
    <message>
        <source>Pending changes: %1</source>
        <extracomment>Whether &quot;Alternatives…&quot; can work now (the main window knows the engine).</extracomment>
        <translation>Offene Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Terminologie</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>unübersetzt</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>uneinheitlich</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>Zeichensetzung</translation>
    </message>
    <message>
        <source>spacing</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>Grammatik</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zieltext</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
</context>
<context>
    <name>StatusWidgets</name>
    <message>
        <source>Language</source>
        <extracomment>Texts longer than this are counted on the worker pool (20,000 characters take about 5 ms).</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Words and characters</source>
        <translation>Wörter und Zeichen</translation>
    </message>
    <message>
        <source>Grammar engine</source>
        <translation>Grammatikprüfung</translation>
    </message>
    <message>
        <source>Spelling engine</source>
        <translation>Rechtschreibprüfung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 words, %2 characters</source>
        <translation>%1 Wörter, %2 Zeichen</translation>
    </message>
    <message>
        <source>Language: —</source>
        <translation>Sprache: —</translation>
    </message>
    <message>
        <source>Not detected yet</source>
        <translation>Noch nicht erkannt</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Detected from the draft; change it in Preferences</source>
        <translation>Aus dem Entwurf erkannt; in den Einstellungen änderbar</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Grammatik</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Checks start when there is text</source>
        <translation>Die Prüfungen beginnen, sobald Text vorhanden ist</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>LanguageTool starting…</source>
        <translation>LanguageTool startet…</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
</context>
<context>
    <name>TranslatorWindow</name>
    <message>
        <source>Translator mode: %1</source>
        <translation>Übersetzungsmodus: %1</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Segments with findings</source>
        <translation>Segmente mit Befunden</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Changed units become:</source>
        <translation>Geänderte Einheiten werden:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Ausgangstext</translation>
    </message>
    <message>
        <source>Target (Ctrl+E commits an edit)</source>
        <translation>Zieltext (Strg+E übernimmt eine Änderung)</translation>
    </message>
    <message>
        <source>Ignore Finding</source>
        <translation>Befund ignorieren</translation>
    </message>
    <message>
        <source>QA findings</source>
        <translation>QS-Befunde</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save Translation As…</source>
        <translation>Übersetzung &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>&amp;Prüfung speichern unter…</translation>
    </message>
    <message>
        <source>Export QA &amp;Report…</source>
        <translation>QS-&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Next Segment with a &amp;Finding</source>
        <translation>Nächstes Segment mit &amp;Befund</translation>
    </message>
    <message>
        <source>&amp;Previous Segment with a Finding</source>
        <translation>&amp;Vorheriges Segment mit Befund</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>&amp;Nächstes Segment</translation>
    </message>
    <message>
        <source>P&amp;revious Segment</source>
        <translation>Vo&amp;rheriges Segment</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Polish Segment</source>
        <translation>Segment &amp;verbessern</translation>
    </message>
    <message>
        <source>Polish &amp;All Segments</source>
        <translation>&amp;Alle Segmente verbessern</translation>
    </message>
    <message>
        <source>&amp;Accept Segment</source>
        <translation>Segment &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Segment</source>
        <translation>Segment a&amp;blehnen</translation>
    </message>
    <message>
        <source>Accept &amp;Change</source>
        <translation>Änderung an&amp;nehmen</translation>
    </message>
    <message>
        <source>Reject C&amp;hange</source>
        <translation>Änderung ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Commit Target &amp;Edit</source>
        <translation>Änderung am Zieltext ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Open a Bilingual File</source>
        <translation>Zweisprachige Datei öffnen</translation>
    </message>
    <message>
        <source>No more segments with findings</source>
        <translation>Keine weiteren Segmente mit Befunden</translation>
    </message>
    <message>
        <source>No model is set up for polishing</source>
        <translation>Kein Modell zum Verbessern eingerichtet</translation>
    </message>
    <message>
        <source>Polishing done</source>
        <translation>Verbessern abgeschlossen</translation>
    </message>
    <message>
        <source>Polishing…</source>
        <translation>Wird verbessert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Translation As</source>
        <translation>Übersetzung speichern unter</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Prüfung speichern unter</translation>
    </message>
    <message>
        <source>Export QA Report</source>
        <translation>QS-Bericht exportieren</translation>
    </message>
</context>
</TS>
