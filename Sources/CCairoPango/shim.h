#ifndef CCAIROPANGO_SHIM_H
#define CCAIROPANGO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
// A private fontconfig configuration is attached to the Pango font map so that
// only the project's bundled fonts are ever used (see BriefingRender/FontLibrary).
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>

#endif
