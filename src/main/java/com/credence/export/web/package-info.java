@NullMarked
package com.credence.export.web;

import org.jspecify.annotations.NullMarked;
