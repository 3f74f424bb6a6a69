// The Catch2 main, alone in its translation unit because it compiles slowly.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
