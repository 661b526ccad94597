; Inno Setup script: an installer for the PyInstaller bundle (scripts/build-bundle on Windows).
;
;   python scripts/build-bundle
;   iscc /DAppVersion=0.1.0 packaging\windows\messenger-desktop.iss
;
; Installs per user (no administrator rights) unless the user picks "for all users"; adds a Start
; menu entry, optionally a desktop icon, and registers the app for matrix: links. The output is
; dist\messenger-desktop-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Messenger"
#define AppExe "messenger-desktop.exe"
#define Bundle "..\..\dist\messenger-desktop"

[Setup]
; The AppId identifies the app for upgrades and uninstalling: never change it.
AppId={{5B0F3C44-2D7E-4F43-9C1B-6E2A8D9F7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Messenger developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=messenger-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\bundle\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; matrix: links open in the app ("URL Protocol" marks the key as a protocol handler). HKA is
; HKCU for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\matrix"; ValueType: string; ValueName: ""; ValueData: "URL:Matrix link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\matrix"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\matrix\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\matrix\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Start at login is the app's own setting (a value under Run); remove it with the app.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "Messenger"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
