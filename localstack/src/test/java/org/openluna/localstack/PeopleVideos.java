package org.openluna.localstack;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.openluna.inference.models.Asset;
import org.openluna.streams.video.Appearance;
import org.openluna.streams.video.TestVideos;
import tools.jackson.databind.JsonNode;

/**
 * Test videos of people from the test photos, so the events a stream makes are known: each person is
 * cut from a photo with room around the face (where {@code /6/detector} finds it) and walks into a
 * landscape, stands, and walks out before the next one comes. 960x540 at 10 frames a second.
 */
final class PeopleVideos {
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    static final int FPS = 10;
    /** Frames each person is on screen: two seconds walking in, standing, walking out. */
    private static final int ON_SCREEN = 30;
    /** Empty frames between two people: longer than a track's timeout, so each person is a track of their own. */
    private static final int GAP = 20;

    private PeopleVideos() {}

    /** A person: a photo, and which face of it from the left. */
    record Person(Asset photo, int fromLeft) {}

    /** The people one after another, then {@code GAP} empty frames; its length in frames is {@link #frames}. */
    static Path walkingPast(Api client, Path file, List<Person> people) {
        var appearances = new ArrayList<Appearance>();
        int frame = GAP;
        for (var person : people) {
            var sprite = cut(client, person);
            int y = HEIGHT / 2 - sprite.getHeight() / 2;
            appearances.add(new Appearance(sprite, frame, frame + ON_SCREEN - 1, new Point(WIDTH / 6, y),
                    new Point(WIDTH / 2, y), 1.0));
            frame += ON_SCREEN + GAP;
        }
        return TestVideos.write(file, WIDTH, HEIGHT, FPS, frames(people.size()), image(DetectorTest.photo(Asset.LANDSCAPE)), appearances);
    }

    /**
     * Two people walking past each other, one from each side at heights a little apart, so that one
     * covers part of the other as they cross; then {@code GAP} empty frames.
     */
    static Path crossing(Api client, Path file, Person fromLeft, Person fromRight) {
        var left = cut(client, fromLeft);
        var right = cut(client, fromRight);
        int first = GAP;
        int last = GAP + 2 * ON_SCREEN - 1;
        int margin = WIDTH / 12;
        var appearances = List.of(
                new Appearance(left, first, last, new Point(margin, HEIGHT / 2 - left.getHeight() / 2 - HEIGHT / 10),
                        new Point(WIDTH - margin - left.getWidth(), HEIGHT / 2 - left.getHeight() / 2 - HEIGHT / 10), 1.0),
                new Appearance(right, first, last, new Point(WIDTH - margin - right.getWidth(), HEIGHT / 2 - right.getHeight() / 2 + HEIGHT / 10),
                        new Point(margin, HEIGHT / 2 - right.getHeight() / 2 + HEIGHT / 10), 1.0));
        return TestVideos.write(file, WIDTH, HEIGHT, FPS, last + 1 + GAP, image(DetectorTest.photo(Asset.LANDSCAPE)), appearances);
    }

    static int frames(int people) {
        return GAP + people * (ON_SCREEN + GAP);
    }

    /**
     * The person's face with half a face of room on each side, from where the detector finds it, and
     * any other face of the photo within that room greyed out.
     */
    private static BufferedImage cut(Api client, Person person) {
        var bytes = DetectorTest.photo(person.photo());
        var rects = new ArrayList<JsonNode>();
        client.post("/6/detector", "image/jpeg", bytes).assertStatus(201).json().get("images").get(0).get("detections").get("samples")
                .forEach(s -> rects.add(s.get("face").get("detection").get("rect")));
        rects.sort(Comparator.comparingInt(r -> r.get("x").asInt()));
        var rect = rects.get(person.fromLeft());
        var photo = image(bytes);
        int margin = rect.get("width").asInt() / 2;
        int x = Math.max(0, rect.get("x").asInt() - margin);
        int y = Math.max(0, rect.get("y").asInt() - margin);
        int width = Math.min(photo.getWidth() - x, rect.get("width").asInt() + 2 * margin);
        int height = Math.min(photo.getHeight() - y, rect.get("height").asInt() + 2 * margin);
        var sprite = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        var painter = sprite.createGraphics();
        painter.drawImage(photo.getSubimage(x, y, width, height), 0, 0, null);
        // a neighbour's face in the room around this one would be a person of its own, walking along
        painter.setColor(java.awt.Color.GRAY);
        for (var other : rects) {
            if (other != rect) {
                painter.fillRect(other.get("x").asInt() - x, other.get("y").asInt() - y, other.get("width").asInt(), other.get("height").asInt());
            }
        }
        painter.dispose();
        return sprite;
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
