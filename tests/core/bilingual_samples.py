"""Small bilingual files with the awkward parts real ones have, for the translator-mode tests."""

from __future__ import annotations

XLIFF1 = """<?xml version="1.0" encoding="UTF-8"?>
<!-- made by a CAT tool: <trans-unit id="fake"> in a comment is no unit -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui.txt" source-language="en-US" target-language="de-DE" datatype="plaintext">
    <body>
      <trans-unit id="hello" maxwidth="30" size-unit="char">
        <source>Click <g id="1">here</g> &amp; save {0} files.</source>
        <target state="translated">Klicken Sie <g id="1">hier</g> &amp; speichern Sie {0} Dateien.</target>
        <note from="dev">Button label</note>
      </trans-unit>
      <trans-unit id="empty"><source>Save<x id="2"/> file</source></trans-unit><trans-unit id="same-line"><source>Open</source><target/></trans-unit>
      <trans-unit id="alt">
        <source>Cancel</source>
        <alt-trans><target>Abbruch</target></alt-trans>
      </trans-unit>
      <trans-unit id="cdata">
        <source><![CDATA[a < b]]></source>
        <target state="needs-review-translation"  xml:space="preserve"><![CDATA[a < b]]>  </target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1">
    <unit id="u1">
      <notes><note>greeting</note></notes>
      <segment state="translated">
        <source>Hello <pc id="1">world</pc><ph id="2"/>!</source>
        <target>Bonjour <pc id="1">monde</pc><ph id="2"/> !</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment>
        <source>Two segments, first.</source>
      </segment>
      <segment id="s2" state="initial">
        <source>Second.</source>
        <target>Deuxième.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

PO = """# Translation of the app.
msgid ""
msgstr ""
"Project-Id-Version: app 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: de\\n"

#: src/a.c:10
#, c-format
msgid "Hello %s, you have %d files"
msgstr "Hallo %s, Sie haben %d Dateien"

#. A comment for translators
msgctxt "menu"
msgid ""
"A long line that wraps and wraps and wraps and wraps and wraps and wraps and "
"more"
msgstr ""
"Eine lange Zeile,\\n"
"die umbricht"

#, fuzzy
#| msgid "Old text"
msgid "New text"
msgstr "Neuer Text"

msgid "Untranslated"
msgstr ""

msgid "One file"
msgid_plural "%d files"
msgstr[0] "Eine Datei"
msgstr[1] "%d Dateien"

#~ msgid "old"
#~ msgstr "alt"
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en-US" datatype="plaintext"/>
  <body>
    <tu tuid="t1">
      <tuv xml:lang="en-US"><seg>Open <bpt i="1">&lt;b&gt;</bpt>now<ept i="1">&lt;/b&gt;</ept></seg></tuv>
      <tuv xml:lang="de-DE"><seg>Jetzt <bpt i="1">&lt;b&gt;</bpt>öffnen<ept i="1">&lt;/b&gt;</ept></seg></tuv>
    </tu>
    <tu tuid="t2">
      <tuv xml:lang="en-US"><seg>Only source</seg></tuv>
    </tu>
  </body>
</tmx>
"""

CSV = 'en,de\r\nHello,Hallo\r\n"Save, then close","Speichern, dann schließen"\r\n"Say ""hi""",\r\n'
TSV = "source\ttarget\nHello\tHallo\nGoodbye\tAuf Wiedersehen\n"

#: name -> (file name, bytes)
SAMPLES: dict[str, tuple[str, bytes]] = {
    "xliff1": ("ui.xlf", XLIFF1.encode()),
    "xliff2": ("ui.xliff", XLIFF2.encode()),
    "po": ("de.po", PO.encode()),
    "tmx": ("memory.tmx", TMX.encode()),
    "csv": ("pairs.csv", b"\xef\xbb\xbf" + CSV.encode()),
    "tsv": ("pairs.tsv", TSV.encode()),
}

GLOSSARY_TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <langSet xml:lang="en"><tig><term>invoice</term></tig></langSet>
      <langSet xml:lang="de">
        <tig><term>Rechnung</term></tig>
        <tig><term>Faktura</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><tig><term>Humanize Desktop</term></tig></langSet>
      <langSet xml:lang="de"><tig><term>Humanize Desktop</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

GLOSSARY_CSV = ("source term,target term,forbidden,do not translate\n"
                "invoice,Rechnung,Faktura|Rechnungsbeleg,\n"
                "file,Datei,,\n"
                "Humanize Desktop,,,yes\n")
