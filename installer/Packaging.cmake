# Installation layout and CPack packaging of Lockbox Desktop.
#
# Included at the end of the top-level CMakeLists.txt, after every target exists. The binaries are
# installed by app/CMakeLists.txt; this file adds the desktop integration, documentation and the
# package metadata:
#   Linux: DEB (dpkg-shlibdeps), RPM (when rpmbuild is found) and TGZ — `installer/check-package.sh`
#   Windows: NSIS installer and ZIP, Qt runtime deployed by windeployqt
#   macOS: DragNDrop (.dmg) of an app bundle, Qt runtime deployed by macdeployqt
# Qt 6.4's qt_generate_deploy_app_script supports only Windows and macOS (Linux from 6.5), so on
# Linux the packages depend on the distribution's Qt instead of bundling it.

include(GNUInstallDirs)

set(LOCKBOX_APP_ID "io.github.lockbox_desktop.LockboxDesktop")
set(LOCKBOX_PACKAGE_NAME "lockbox-desktop")
set(LOCKBOX_HOMEPAGE "https://github.com/lockbox-desktop/lockbox-desktop")
set(LOCKBOX_MAINTAINER "Lockbox Desktop developers <dev@lockbox-desktop.invalid>")
set(LOCKBOX_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(LOCKBOX_RESOURCES_DIR "${CMAKE_SOURCE_DIR}/resources")
set(LOCKBOX_PACKAGING_BINARY_DIR "${CMAKE_BINARY_DIR}/installer")

# ---------------------------------------------------------------------------------------------
# Desktop integration and documentation (freedesktop.org / Debian layout)
# ---------------------------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    # The desktop file is named after the application id, as AppStream's <launchable> expects.
    install(FILES "${LOCKBOX_RESOURCES_DIR}/lockbox-desktop.desktop"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/applications"
            RENAME "${LOCKBOX_APP_ID}.desktop")
    install(FILES "${LOCKBOX_RESOURCES_DIR}/${LOCKBOX_APP_ID}.metainfo.xml"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    # PNGs rendered from resources/icons/app.svg by installer/make-icons.py.
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
        install(FILES "${LOCKBOX_RESOURCES_DIR}/icons/hicolor/${size}x${size}/apps/${LOCKBOX_APP_ID}.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${LOCKBOX_RESOURCES_DIR}/icons/app.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
            RENAME "${LOCKBOX_APP_ID}.svg")

    # Man pages and the Debian changelog, gzipped at build time with no name or timestamp (-n)
    # so the packages are reproducible and lintian finds them where Debian policy puts them.
    find_program(LOCKBOX_GZIP gzip)
    set(lockbox_man_sources "")
    set(lockbox_compressed "")
    foreach(page IN ITEMS lockbox-desktop lockbox-emulator)
        configure_file("${LOCKBOX_INSTALLER_DIR}/man/${page}.1" "${LOCKBOX_PACKAGING_BINARY_DIR}/man/${page}.1" @ONLY)
        list(APPEND lockbox_man_sources "${LOCKBOX_PACKAGING_BINARY_DIR}/man/${page}.1")
    endforeach()
    configure_file("${LOCKBOX_INSTALLER_DIR}/debian/changelog" "${LOCKBOX_PACKAGING_BINARY_DIR}/doc/changelog" COPYONLY)
    if(LOCKBOX_GZIP)
        foreach(file IN LISTS lockbox_man_sources ITEMS "${LOCKBOX_PACKAGING_BINARY_DIR}/doc/changelog")
            add_custom_command(OUTPUT "${file}.gz"
                COMMAND "${LOCKBOX_GZIP}" -9 -n -k -f "${file}"
                DEPENDS "${file}"
                COMMENT "Compressing ${file}"
                VERBATIM)
            list(APPEND lockbox_compressed "${file}.gz")
        endforeach()
        add_custom_target(lockbox_packaging_files ALL DEPENDS ${lockbox_compressed})
        list(TRANSFORM lockbox_man_sources APPEND ".gz")
        set(lockbox_changelog "${LOCKBOX_PACKAGING_BINARY_DIR}/doc/changelog.gz")
    else()
        message(STATUS "gzip not found: man pages and changelog are installed uncompressed")
        set(lockbox_changelog "${LOCKBOX_PACKAGING_BINARY_DIR}/doc/changelog")
    endif()
    install(FILES ${lockbox_man_sources} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    # Debian wants these two at usr/share/doc/<package>/ (not CMAKE_INSTALL_DOCDIR, which is
    # named after the CMake project).
    set(lockbox_docdir "${CMAKE_INSTALL_DATAROOTDIR}/doc/${LOCKBOX_PACKAGE_NAME}")
    install(FILES "${LOCKBOX_INSTALLER_DIR}/debian/copyright" DESTINATION "${lockbox_docdir}")
    install(FILES "${lockbox_changelog}" DESTINATION "${lockbox_docdir}")

    # Keep the release notes of the three release descriptions in step with the project version.
    file(STRINGS "${LOCKBOX_INSTALLER_DIR}/debian/changelog" lockbox_changelog_head LIMIT_COUNT 1)
    if(NOT lockbox_changelog_head MATCHES "^${LOCKBOX_PACKAGE_NAME} \\(${PROJECT_VERSION}\\) ")
        message(WARNING "installer/debian/changelog does not start with version ${PROJECT_VERSION}: "
                        "add an entry for this release")
    endif()
    file(READ "${LOCKBOX_RESOURCES_DIR}/${LOCKBOX_APP_ID}.metainfo.xml" lockbox_metainfo)
    if(NOT lockbox_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
        message(WARNING "${LOCKBOX_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
    endif()
endif()

# ---------------------------------------------------------------------------------------------
# Windows: icon and version resource, GUI subsystem, Qt runtime via windeployqt
# ---------------------------------------------------------------------------------------------
if(WIN32)
    set(LOCKBOX_WINDOWS_ICON "${LOCKBOX_INSTALLER_DIR}/windows/lockbox-desktop.ico")
    configure_file("${LOCKBOX_INSTALLER_DIR}/windows/lockbox-desktop.rc.in"
                   "${LOCKBOX_PACKAGING_BINARY_DIR}/lockbox-desktop.rc" @ONLY)
    target_sources(lockbox-desktop PRIVATE "${LOCKBOX_PACKAGING_BINARY_DIR}/lockbox-desktop.rc")
    set_target_properties(lockbox-desktop PROPERTIES WIN32_EXECUTABLE ON)
    install(FILES "${LOCKBOX_INSTALLER_DIR}/LICENSE" DESTINATION . RENAME LICENSE.txt)
endif()

# ---------------------------------------------------------------------------------------------
# macOS: an app bundle, Qt runtime via macdeployqt
# ---------------------------------------------------------------------------------------------
# The deploy script expects the bundle at the top of the install prefix: this needs
# `BUNDLE DESTINATION .` in app/CMakeLists.txt's install(TARGETS lockbox-desktop ...).
if(APPLE)
    set(lockbox_icns "${LOCKBOX_INSTALLER_DIR}/macos/lockbox-desktop.icns")
    target_sources(lockbox-desktop PRIVATE "${lockbox_icns}")
    set_source_files_properties("${lockbox_icns}" TARGET_DIRECTORY lockbox-desktop
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(lockbox-desktop PROPERTIES
        # The bundle stays lockbox-desktop.app: Qt 6.4's generated deploy script does not quote the
        # bundle name, so a name with a space would break macdeployqt. Finder shows the bundle name.
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_BUNDLE_NAME "Lockbox Desktop"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${LOCKBOX_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "lockbox-desktop.icns"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 Lockbox Desktop developers. MIT License.")
endif()

if(WIN32 OR APPLE)
    # Qt 6.4 signature (FILENAME_VARIABLE; OUTPUT_SCRIPT is 6.5+). Copies the Qt libraries,
    # plugins (platform, styles, SVG icon engine, TLS backends) and Qt's translations next to
    # the executable or into the bundle.
    qt_generate_deploy_app_script(TARGET lockbox-desktop FILENAME_VARIABLE lockbox_deploy_script)
    install(SCRIPT "${lockbox_deploy_script}")
endif()

# ---------------------------------------------------------------------------------------------
# CPack
# ---------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${LOCKBOX_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Lockbox Desktop developers")
set(CPACK_PACKAGE_CONTACT "${LOCKBOX_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${LOCKBOX_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for Yandex Cloud Lockbox secret versions")
set(CPACK_PACKAGE_DESCRIPTION "Lockbox Desktop is a Qt application for operators of Yandex Cloud Lockbox.
It browses clouds, folders and secrets, pages through a secret's versions,
adds a version from any base version, configures the password specification
of generated secrets, schedules or cancels the destruction of a version and
sets the current version, following every change as a Lockbox operation.
Credentials are kept only in the system keychain (Secret Service).

A sandbox mode runs the application against the included Lockbox emulator
(lockbox-emulator) on loopback with demo data, without a cloud account.
The interface is available in English and Russian.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Lockbox Desktop")
set(CPACK_PACKAGE_EXECUTABLES "lockbox-desktop" "Lockbox Desktop")
set(CPACK_RESOURCE_FILE_LICENSE "${LOCKBOX_INSTALLER_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${LOCKBOX_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/build-[^/]*/" "\\.user$")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(LOCKBOX_RPMBUILD rpmbuild)
    if(LOCKBOX_RPMBUILD)
        list(INSERT CPACK_GENERATOR 1 "RPM")
    else()
        message(STATUS "rpmbuild not found: cpack builds DEB and TGZ only")
    endif()
endif()

# --- DEB ---
set(CPACK_DEBIAN_PACKAGE_NAME "${LOCKBOX_PACKAGE_NAME}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LOCKBOX_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LOCKBOX_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: libsecret (dlopen'ed by qtkeychain), the
# SVG icon engine plugin that draws every icon of the application (libqt6svg6) and OpenSSL's
# libcrypto.so.3 (libssl3), which signs service-account JWTs and is loaded on first use.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6, libssl3")
# A Secret Service provider to keep credentials in; Qt's own translations (dialog buttons in
# Russian); the Wayland platform plugin for Wayland sessions.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# --- RPM ---
set(CPACK_RPM_PACKAGE_NAME "${LOCKBOX_PACKAGE_NAME}")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${LOCKBOX_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_RELEASE "1")
set(CPACK_RPM_PACKAGE_RELEASE_DIST ON)
# Same run-time loads as for the DEB (Fedora's package names); library requirements are found
# automatically. Debian's rpmbuild does not know the Suggests tag and drops it with a warning.
# libcrypto by its soname, which every distribution's OpenSSL 3 package provides.
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret, qt6-qtsvg, libcrypto.so.3()(64bit)")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
# Directories owned by the distribution's filesystem/hicolor packages: do not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        "/usr/share/icons/hicolor/${size}x${size}" "/usr/share/icons/hicolor/${size}x${size}/apps")
endforeach()

# --- NSIS (Windows) ---
set(CPACK_NSIS_PACKAGE_NAME "Lockbox Desktop")
set(CPACK_NSIS_DISPLAY_NAME "Lockbox Desktop")
set(CPACK_NSIS_MUI_ICON "${LOCKBOX_INSTALLER_DIR}/windows/lockbox-desktop.ico")
set(CPACK_NSIS_MUI_UNIICON "${LOCKBOX_INSTALLER_DIR}/windows/lockbox-desktop.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\lockbox-desktop.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "lockbox-desktop.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${LOCKBOX_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${LOCKBOX_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${LOCKBOX_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# Start menu: the application (from CPACK_PACKAGE_EXECUTABLES) and its sandbox.
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\Lockbox Desktop (Sandbox).lnk' '$INSTDIR\\bin\\lockbox-desktop.exe' '--sandbox'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\$MUI_TEMP\\Lockbox Desktop (Sandbox).lnk'")

# --- DragNDrop (macOS) ---
set(CPACK_DMG_VOLUME_NAME "Lockbox Desktop")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)
