# Compile settings shared by every target of ours (qBittorrent's CommonConfig habit).
add_library(lockbox_common_config INTERFACE)
target_compile_definitions(lockbox_common_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_URL_CAST_FROM_STRING
    LOCKBOX_VERSION="${PROJECT_VERSION}")
target_compile_options(lockbox_common_config INTERFACE -Wall -Wextra -Wpedantic)
# AddressSanitizer + UndefinedBehaviorSanitizer for everything of ours (tests included).
if(LOCKBOX_SANITIZE)
    target_compile_options(lockbox_common_config INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(lockbox_common_config INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer instrumentation for the libraries the fuzz targets link (clang only).
if(LOCKBOX_FUZZ)
    target_compile_options(lockbox_common_config INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(lockbox_common_config INTERFACE -fsanitize=address,undefined)
endif()
if(LOCKBOX_WERROR)
    target_compile_options(lockbox_common_config INTERFACE -Werror)
endif()

# One Qt Test executable per test source, registered with CTest, headless.
function(lockbox_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE lockbox_common_config Qt6::Test ${ARG_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LOCKBOX_TEST_DATA=${CMAKE_SOURCE_DIR}/tests/data"
        TIMEOUT 300)
endfunction()
