# Portpilot: `make run` opens the wizard, `make test` runs every test, `make package` builds
# the Debian package, `make install PREFIX=/usr/local` installs (DESTDIR is honoured).
# Both install missing Debian packages first, then build into build/.

BUILD_DIR ?= build
# Debian's own programs first: the tests start python3 often and need Debian's python3 packages
# (python3-pyatspi, ...); a version manager's python3 shim in front (pyenv) costs over a second
# per start, which made every test world start in 50 s instead of 13 s.
export PATH := /usr/bin:$(PATH)
JOBS ?= $(shell nproc)
PREFIX ?= /usr/local
CMAKE_FLAGS ?=
ifdef CI
CMAKE_FLAGS += -DPORTPILOT_WERROR=ON
endif

.PHONY: all deps test-deps configure build run test bench check-all format format-check translations clean package install

all: build

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

configure: $(BUILD_DIR)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ -n "$$QT_QPA_PLATFORM" ]; then \
		$(BUILD_DIR)/bin/portpilot $(ARGS); \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty), so the wizard cannot open here."; \
		echo "The program is built: $(BUILD_DIR)/bin/portpilot"; \
		echo "  Command line:      $(BUILD_DIR)/bin/portpilot --help"; \
		echo "  Wizard headless:   xvfb-run -a $(BUILD_DIR)/bin/portpilot"; \
	fi

test: test-deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# build/package/portpilot_VERSION_ARCH.deb (docs/packaging.md)
package: build
	cd $(BUILD_DIR) && cpack -G DEB

install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

bench: test-deps configure
	cmake --build $(BUILD_DIR) -j $(JOBS)
	scripts/run-benchmarks.sh $(BUILD_DIR)

# Sanitizer build (ASan+UBSan+LSan) running every test, each fuzzer for a bounded time, clang-tidy, clang-format.
# Own build directory (build-asan); see scripts/check-all.sh for single steps and settings.
check-all: test-deps
	scripts/check-all.sh

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

clean:
	rm -rf $(BUILD_DIR)
